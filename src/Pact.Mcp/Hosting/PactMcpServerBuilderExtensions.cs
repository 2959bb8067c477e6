using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Pact.Mcp.Prompts;
using Pact.Mcp.Resources;

namespace Pact.Mcp.Hosting;

/// <summary>
/// Registers Pact's tools, resources and prompts on an MCP server — the same call for stdio, HTTP and in-process
/// tests. The role and tier decide which primitives exist at all: a primitive the role may not use is never
/// created, so it can be neither listed nor called.
/// </summary>
public static class PactMcpServerBuilderExtensions
{
    // Listed through Methods<T>() so that a trimmed (Native AOT) build keeps every method and constructor they need.
    private static readonly Method[] ToolMethods = [.. Methods<ProjectTools>(), .. Methods<ArtifactTools>(), .. Methods<JudgeTools>(), .. Methods<InsightTools>(), .. Methods<AssessTools>(), .. Methods<ReviewTools>(), .. Methods<ProductionTools>(), .. Methods<ImportTools>(), .. Methods<ApprovalTools>()];
    private static readonly Method[] ResourceMethods = [.. Methods<ProjectResources>()];
    private static readonly Method[] PromptMethods = [.. Methods<WorkflowPrompts>(), .. Methods<ReviewPrompts>()];

    /// <summary>A primitive's method, and how to make the instance it runs on (instance methods get one per request from DI).</summary>
    private sealed record Method(MethodInfo Info, Func<IServiceProvider?, object> Create);

    public static IMcpServerBuilder AddPactPrimitives(this IMcpServerBuilder builder, PactMcpOptions options)
    {
        builder.Services.AddSingleton(options);
        if (options.AuditDir is not null)
        {
            // The judge service: who may call what is decided before anything else looks at the request.
            builder.AddServiceScope(options);
        }

        builder.Services.AddSingleton<ProjectDirectoryResolver>();
        builder.Services.AddSingleton(new Remote.JudgeRemote(options.AuditDir is null ? Remote.JudgeClient.FromEnvironment() : null));
        var serializer = SerializerOptions();

        // Listed from the recorded descriptions; each tool is built from its method when it is first called.
        builder.WithTools(Allowed<McpServerToolAttribute>(ToolMethods, options).Select(entry =>
            (McpServerTool)new DeferredTool(ToolListing.For(ToolName(entry.Info)), () => Build(entry, serializer))));
        builder.WithResources(Allowed<McpServerResourceAttribute>(ResourceMethods, options).Select(entry =>
        {
            var method = entry.Info;
            var create = new McpServerResourceCreateOptions { SerializerOptions = serializer };
            return method.IsStatic ? McpServerResource.Create(method, target: null, create) : McpServerResource.Create(method, context => entry.Create(context.Services), create);
        }));
        builder.WithPrompts(Allowed<McpServerPromptAttribute>(PromptMethods, options).Select(entry =>
        {
            var method = entry.Info;
            var create = new McpServerPromptCreateOptions { SerializerOptions = serializer };
            return method.IsStatic ? McpServerPrompt.Create(method, target: null, create) : McpServerPrompt.Create(method, context => entry.Create(context.Services), create);
        }));
        builder.WithRequestFilters(filters => filters.AddCallToolFilter(ArgumentValidation.Filter).AddCallToolFilter(AuthorityFilter.Filter).AddCallToolFilter(UnsafePathFilter.Filter).AddListToolsFilter(ToolListing.Filter));
        builder.WithCompleteHandler(Completions.CompleteAsync);
        return builder;
    }

    /// <summary>The names of the tools a role and tier get, for documentation and tests.</summary>
    public static IReadOnlyList<string> ToolNames(PactMcpOptions options) =>
        [.. Allowed<McpServerToolAttribute>(ToolMethods, options).Select(m => ToolName(m.Info))];

    /// <summary>The command <paramref name="tool"/> is the face of (what its results carry as <c>command</c>), or null for no such tool.</summary>
    public static string? CommandOf(string? tool) =>
        ToolMethods.Select(m => m.Info).FirstOrDefault(m => m.GetCustomAttribute<McpServerToolAttribute>() is { } t && t.Name == tool)?.GetCustomAttribute<PactToolAttribute>()?.Command;

    /// <summary>The tools a role and tier get, each built from its method now: what a <see cref="DeferredTool"/> becomes, and what <see cref="ToolListing"/> records.</summary>
    internal static IReadOnlyList<McpServerTool> BuildTools(PactMcpOptions options)
    {
        var serializer = SerializerOptions();
        return [.. Allowed<McpServerToolAttribute>(ToolMethods, options).Select(entry => Build(entry, serializer))];
    }

    /// <summary>
    /// Static methods need no instance; instance methods get one per request from DI (constructor injection). Tools
    /// return CallToolResult (to set isError themselves); the SDK derives no output schema from that, so the schema of
    /// the record they carry (named by the attribute) is set on the protocol tool directly.
    /// </summary>
    private static McpServerTool Build(Method entry, JsonSerializerOptions serializer)
    {
        var method = entry.Info;
        var create = new McpServerToolCreateOptions { SerializerOptions = serializer };
        var tool = method.IsStatic ? McpServerTool.Create(method, target: null, create) : McpServerTool.Create(method, context => entry.Create(context.Services), create);
        if (method.GetCustomAttribute<McpServerToolAttribute>()!.OutputSchemaType is { } outputType)
        {
            tool.ProtocolTool.OutputSchema = OutputSchema(outputType);
        }

        return tool;
    }

    private static string ToolName(MethodInfo method) => method.GetCustomAttribute<McpServerToolAttribute>()!.Name!;

    /// <summary>
    /// The JSON Schema of a result record as Pact serializes it (snake_case names, enum strings), kept to the envelope
    /// and the data record's own fields: deeper values are left open ({}), because tools/list is read into the model's
    /// context on every session and the full nesting would double its size. The artifact schemas proper are
    /// resources (pact://schema/{name}).
    /// </summary>
    internal static JsonElement OutputSchema(Type type) =>
        JsonSerializer.SerializeToElement(Shallow(JsonSchemaExporter.GetJsonSchemaAsNode(PactJson.Options, type, EnumMembers), depth: 0), PactJson.Context.JsonNode);

    /// <summary>
    /// The exporter knows the members of an enum only for the framework's own enum converter; for Pact's it would
    /// allow any value. This asks Pact's converter (<see cref="IEnumMemberNames"/>) for them.
    /// </summary>
    private static readonly JsonSchemaExporterOptions EnumMembers = new()
    {
        TransformSchemaNode = (context, schema) =>
        {
            var nullable = Nullable.GetUnderlyingType(context.TypeInfo.Type);
            var converter = nullable is null ? context.TypeInfo.Converter : context.TypeInfo.Options.GetTypeInfo(nullable).Converter;
            if (converter is not IEnumMemberNames names)
            {
                return schema;
            }

            var members = new JsonArray([.. names.MemberNames.Select(name => (JsonNode?)JsonValue.Create(name))]);
            if (nullable is not null)
            {
                members.Add(null);
            }

            return new JsonObject { ["enum"] = members };
        },
    };

    private static JsonNode Shallow(JsonNode schema, int depth)
    {
        if (schema is not JsonObject obj)
        {
            return schema;
        }

        foreach (var keyword in new[] { "properties" })
        {
            if (obj[keyword] is JsonObject properties)
            {
                foreach (var name in properties.Select(p => p.Key).ToList())
                {
                    properties[name] = depth >= 1 ? new JsonObject() : Shallow(properties[name]!, depth + 1);
                }
            }
        }

        if (obj["items"] is JsonNode items)
        {
            obj["items"] = depth >= 1 ? new JsonObject() : Shallow(items, depth + 1);
        }

        return obj;
    }

    /// <summary>The SDK's options with Pact's serializer context first, so Pact records serialize as on disk.</summary>
    internal static JsonSerializerOptions SerializerOptions()
    {
        var options = new JsonSerializerOptions(McpJsonUtilities.DefaultOptions);
        options.TypeInfoResolverChain.Insert(0, PactJson.Context);
        options.MakeReadOnly();
        return options;
    }

    private static IEnumerable<Method> Methods<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicConstructors)] T>()
        where T : class =>
        typeof(T).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Select(info => new Method(info, services => ActivatorUtilities.CreateInstance<T>(services ?? throw new InvalidOperationException("the MCP request has no service provider"))));

    private static IEnumerable<Method> Allowed<TAttribute>(IEnumerable<Method> methods, PactMcpOptions options)
        where TAttribute : Attribute =>
        methods.Where(m => m.Info.GetCustomAttribute<TAttribute>() is not null)
            .Where(m => m.Info.GetCustomAttribute<PactToolAttribute>() is { } access && access.Roles.HasFlag(options.Role) && access.Tier <= options.Tier);

}
