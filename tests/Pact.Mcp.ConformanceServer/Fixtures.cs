using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Pact.Mcp.ConformanceServer;

/// <summary>The primitives the conformance scenarios name (test_simple_text, test://static-text, …), with the exact content they expect.</summary>
internal static class Fixtures
{
    // A 1x1 red PNG and a silent 8-sample WAV.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    private static readonly byte[] Wav = Convert.FromBase64String("UklGRjQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YRAAAAAAAAAAAAAAAAAAAAAAAAAA");

    private static ReadOnlyMemory<byte> Base64(byte[] bytes) => Encoding.UTF8.GetBytes(Convert.ToBase64String(bytes));

    public static IMcpServerBuilder AddConformanceFixtures(this IMcpServerBuilder builder)
    {
        builder.WithTools(Tools());
        builder.WithResources(Resources());
        builder.WithPrompts(Prompts());
        builder.WithSubscribeToResourcesHandler((_, _) => ValueTask.FromResult(new EmptyResult()));
        builder.WithUnsubscribeFromResourcesHandler((_, _) => ValueTask.FromResult(new EmptyResult()));
        return builder;
    }

    private static CallToolResult Result(params ContentBlock[] content) => new() { Content = [.. content] };

    private static IEnumerable<McpServerTool> Tools()
    {
        yield return Tool("test_simple_text", "Returns simple text", () => Result(new TextContentBlock { Text = "This is a simple text response for testing." }));
        yield return Tool("test_image_content", "Returns an image", () => Result(new ImageContentBlock { Data = Base64(Png), MimeType = "image/png" }));
        yield return Tool("test_audio_content", "Returns audio", () => Result(new AudioContentBlock { Data = Base64(Wav), MimeType = "audio/wav" }));
        yield return Tool("test_embedded_resource", "Returns an embedded resource", () => Result(new EmbeddedResourceBlock
        {
            Resource = new TextResourceContents { Uri = "test://embedded-resource", MimeType = "text/plain", Text = "This is an embedded resource content." },
        }));
        yield return Tool("test_multiple_content_types", "Returns text, image and a resource", () => Result(
            new TextContentBlock { Text = "Multiple content types test:" },
            new ImageContentBlock { Data = Base64(Png), MimeType = "image/png" },
            new EmbeddedResourceBlock { Resource = new TextResourceContents { Uri = "test://mixed-content-resource", MimeType = "application/json", Text = """{"test":"data","value":123}""" } }));
        yield return Tool("test_error_handling", "Always fails", () => new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = "This tool intentionally returns an error for testing" }] });
        yield return McpServerTool.Create(
            async (McpServer server, RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken) =>
            {
                var token = context.Params?.ProgressToken;
                foreach (var progress in new[] { 0, 50, 100 })
                {
                    if (token is { } t)
                    {
                        await server.NotifyProgressAsync(t, new ProgressNotificationValue { Progress = progress, Total = 100 }, cancellationToken: cancellationToken);
                    }

                    if (progress < 100)
                    {
                        await Task.Delay(50, cancellationToken);
                    }
                }

                return Result(new TextContentBlock { Text = "Progress test completed" });
            },
            new McpServerToolCreateOptions { Name = "test_tool_with_progress", Description = "Reports progress 0, 50, 100 of 100" });
        yield return McpServerTool.Create(
            async (McpServer server, CancellationToken cancellationToken) =>
            {
                foreach (var (message, delay) in new[] { ("Tool execution started", 0), ("Tool processing data", 50), ("Tool execution completed", 50) })
                {
                    await Task.Delay(delay, cancellationToken);
                    await server.SendNotificationAsync(NotificationMethods.LoggingMessageNotification, new LoggingMessageNotificationParams
                    {
                        Level = LoggingLevel.Info,
                        Logger = "conformance",
                        Data = JsonSerializer.SerializeToElement(message, Pact.Serialization.PactJson.Context.String),
                    }, cancellationToken: cancellationToken);
                }

                return Result(new TextContentBlock { Text = "Logging test completed" });
            },
            new McpServerToolCreateOptions { Name = "test_tool_with_logging", Description = "Sends three log messages" });
        yield return McpServerTool.Create(
            async (McpServer server, string prompt, CancellationToken cancellationToken) =>
            {
                var reply = await server.SampleAsync(new CreateMessageRequestParams
                {
                    Messages = [new SamplingMessage { Role = Role.User, Content = [new TextContentBlock { Text = prompt }] }],
                    MaxTokens = 100,
                }, cancellationToken);
                var text = reply.Content.OfType<TextContentBlock>().FirstOrDefault()?.Text ?? "";
                return Result(new TextContentBlock { Text = $"LLM response: {text}" });
            },
            new McpServerToolCreateOptions { Name = "test_sampling", Description = "Asks the client's model" });
        yield return McpServerTool.Create(
            async (McpServer server, string message, CancellationToken cancellationToken) =>
            {
                var answer = await server.ElicitAsync(new ElicitRequestParams
                {
                    Message = message,
                    RequestedSchema = new ElicitRequestParams.RequestSchema
                    {
                        Properties =
                        {
                            ["username"] = new ElicitRequestParams.StringSchema { Description = "User's response" },
                            ["email"] = new ElicitRequestParams.StringSchema { Description = "User's email address" },
                        },
                        Required = ["username", "email"],
                    },
                }, cancellationToken);
                var content = answer.Content is null ? "{}" : JsonSerializer.Serialize(answer.Content, Pact.Serialization.PactJson.Context.IDictionaryStringJsonElement);
                return Result(new TextContentBlock { Text = $"User response: action={answer.Action}, content={content}" });
            },
            new McpServerToolCreateOptions { Name = "test_elicitation", Description = "Asks the user" });

        yield return McpServerTool.Create(
            (McpServer server, CancellationToken cancellationToken) => ElicitAsync(server, "Please review your profile", new Dictionary<string, ElicitRequestParams.PrimitiveSchemaDefinition>
            {
                ["name"] = new ElicitRequestParams.StringSchema { Description = "Name", Default = "John Doe" },
                ["age"] = new ElicitRequestParams.NumberSchema { Type = "integer", Description = "Age", Default = 30 },
                ["score"] = new ElicitRequestParams.NumberSchema { Description = "Score", Default = 95.5 },
                ["status"] = new ElicitRequestParams.UntitledSingleSelectEnumSchema { Description = "Status", Enum = ["active", "inactive", "pending"], Default = "active" },
                ["verified"] = new ElicitRequestParams.BooleanSchema { Description = "Verified", Default = true },
            }, cancellationToken),
            new McpServerToolCreateOptions { Name = "test_elicitation_sep1034_defaults", Description = "Elicitation with defaults" });
        yield return McpServerTool.Create(
            (McpServer server, CancellationToken cancellationToken) => ElicitAsync(server, "Please choose", new Dictionary<string, ElicitRequestParams.PrimitiveSchemaDefinition>
            {
                ["untitledSingle"] = new ElicitRequestParams.UntitledSingleSelectEnumSchema { Enum = ["option1", "option2", "option3"] },
                ["titledSingle"] = new ElicitRequestParams.TitledSingleSelectEnumSchema { OneOf = [Option("value1", "First Option"), Option("value2", "Second Option"), Option("value3", "Third Option")] },
                ["legacyEnum"] = new ElicitRequestParams.LegacyTitledEnumSchema { Enum = ["opt1", "opt2", "opt3"], EnumNames = ["Option One", "Option Two", "Option Three"] },
                ["untitledMulti"] = new ElicitRequestParams.UntitledMultiSelectEnumSchema { Items = new ElicitRequestParams.UntitledEnumItemsSchema { Enum = ["option1", "option2", "option3"] } },
                ["titledMulti"] = new ElicitRequestParams.TitledMultiSelectEnumSchema { Items = new ElicitRequestParams.TitledEnumItemsSchema { AnyOf = [Option("value1", "First Choice"), Option("value2", "Second Choice"), Option("value3", "Third Choice")] } },
            }, cancellationToken),
            new McpServerToolCreateOptions { Name = "test_elicitation_sep1330_enums", Description = "Elicitation with every enum form" });

        var schemaTool = Tool("json_schema_2020_12_tool", "Tool with JSON Schema 2020-12 features", () => Result(new TextContentBlock { Text = "ok" }));
        schemaTool.ProtocolTool.InputSchema = JsonDocument.Parse("""
            { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
              "$defs": { "address": { "type": "object", "properties": { "street": { "type": "string" }, "city": { "type": "string" } } } },
              "properties": { "name": { "type": "string" }, "address": { "$ref": "#/$defs/address" } },
              "additionalProperties": false }
            """).RootElement.Clone();
        yield return schemaTool;
    }

    private static ElicitRequestParams.EnumSchemaOption Option(string value, string title) => new() { Const = value, Title = title };

    private static async Task<CallToolResult> ElicitAsync(McpServer server, string message, Dictionary<string, ElicitRequestParams.PrimitiveSchemaDefinition> properties, CancellationToken cancellationToken)
    {
        var schema = new ElicitRequestParams.RequestSchema();
        foreach (var (name, definition) in properties)
        {
            schema.Properties[name] = definition;
        }

        var answer = await server.ElicitAsync(new ElicitRequestParams { Message = message, RequestedSchema = schema }, cancellationToken);
        var content = answer.Content is null ? "{}" : JsonSerializer.Serialize(answer.Content, Pact.Serialization.PactJson.Context.IDictionaryStringJsonElement);
        return Result(new TextContentBlock { Text = $"Elicitation completed: action={answer.Action}, content={content}" });
    }

    private static McpServerTool Tool(string name, string description, Func<CallToolResult> body) =>
        McpServerTool.Create(body, new McpServerToolCreateOptions { Name = name, Description = description });

    private static IEnumerable<McpServerResource> Resources()
    {
        yield return McpServerResource.Create(
            () => new TextResourceContents { Uri = "test://static-text", MimeType = "text/plain", Text = "This is the content of the static text resource." },
            new McpServerResourceCreateOptions { UriTemplate = "test://static-text", Name = "static-text", Description = "A static text resource", MimeType = "text/plain" });
        yield return McpServerResource.Create(
            () => new BlobResourceContents { Uri = "test://static-binary", MimeType = "image/png", Blob = Base64(Png) },
            new McpServerResourceCreateOptions { UriTemplate = "test://static-binary", Name = "static-binary", Description = "A static binary resource", MimeType = "image/png" });
        yield return McpServerResource.Create(
            () => new TextResourceContents { Uri = "test://watched-resource", MimeType = "text/plain", Text = "watched" },
            new McpServerResourceCreateOptions { UriTemplate = "test://watched-resource", Name = "watched-resource", Description = "A resource to subscribe to", MimeType = "text/plain" });
        yield return McpServerResource.Create(
            (string id) => new TextResourceContents { Uri = $"test://template/{id}/data", MimeType = "application/json", Text = $$"""{"id":"{{id}}","templateTest":true,"data":"Data for ID: {{id}}"}""" },
            new McpServerResourceCreateOptions { UriTemplate = "test://template/{id}/data", Name = "template", Description = "A templated resource", MimeType = "application/json" });
    }

    private static IEnumerable<McpServerPrompt> Prompts()
    {
        yield return McpServerPrompt.Create(
            () => new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = "This is a simple prompt for testing." } },
            new McpServerPromptCreateOptions { Name = "test_simple_prompt", Description = "A simple prompt" });
        yield return McpServerPrompt.Create(
            (string arg1, string arg2) => new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = $"Prompt with arguments: arg1='{arg1}', arg2='{arg2}'" } },
            new McpServerPromptCreateOptions { Name = "test_prompt_with_arguments", Description = "A prompt with arguments" });
        yield return McpServerPrompt.Create(
            (string resourceUri) => new GetPromptResult
            {
                Messages =
                [
                new PromptMessage { Role = Role.User, Content = new EmbeddedResourceBlock { Resource = new TextResourceContents { Uri = resourceUri, MimeType = "text/plain", Text = "Embedded resource content for testing." } } },
                new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = "Please process the embedded resource above." } },
                ],
            },
            new McpServerPromptCreateOptions { Name = "test_prompt_with_embedded_resource", Description = "A prompt embedding a resource" });
        yield return McpServerPrompt.Create(
            () => new GetPromptResult
            {
                Messages =
                [
                new PromptMessage { Role = Role.User, Content = new ImageContentBlock { Data = Base64(Png), MimeType = "image/png" } },
                new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = "Please analyze the image above." } },
                ],
            },
            new McpServerPromptCreateOptions { Name = "test_prompt_with_image", Description = "A prompt with an image" });
    }
}
