using System.Text.Json;

namespace Pact.Mcp.Tests;

/// <summary>
/// An artifact passed as a tool argument goes to the service as the document it is: a schema problem names the
/// argument and the JSON pointer (the build spec tools once said "spec.json", a file nobody had).
/// </summary>
public sealed class ArtifactArgumentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each tool taking an artifact, the argument that carries it, and the other arguments it needs.</summary>
    public static TheoryData<string, string, string> Tools => new()
    {
        { "pact_interview", "interview", "{}" },
        { "pact_shape", "pitch", "{}" },
        { "pact_decompose", "tree", "{}" },
        { "pact_contract", "contract", """{"component_id": "calc"}""" },
        { "pact_tests", "suite", """{"component_id": "calc"}""" },
        { "pact_spec_apply", "spec", "{}" },
        { "pact_spec_show", "spec", "{}" },
        { "pact_init", "spec", """{"project_dir": "fresh"}""" },
    };

    [Theory]
    [MemberData(nameof(Tools))]
    public async Task ASchemaError_NamesTheArgumentAndThePointer(string tool, string argument, string others)
    {
        await using var f = await McpFixture.StartAsync();
        await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?>(), cancellationToken: Ct);
        var args = JsonSerializer.Deserialize(others, Pact.Serialization.PactJson.Context.IDictionaryStringJsonElement)!.ToDictionary(p => p.Key, p => (object?)p.Value);
        if (args.TryGetValue("project_dir", out var dir))
        {
            args["project_dir"] = Path.Combine(f.Project, ((JsonElement)dir!).GetString()!);
        }

        args[argument] = JsonDocument.Parse("""{"no_such_field": 1}""").RootElement.Clone();

        var result = await f.Client.CallToolAsync(tool, args, cancellationToken: Ct);

        Assert.True(result.IsError, result.StructuredContent?.ToString());
        var diagnostics = result.StructuredContent!.Value.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d =>
        {
            Assert.Equal($"argument '{argument}'", d.GetProperty("file").GetString());
            Assert.True(d.TryGetProperty("pointer", out _), d.ToString());
        });
    }
}
