using System.Text.Json;
using ModelContextProtocol;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

/// <summary>
/// The code role must never see hidden-suite content. A canary string is planted in a hidden suite (its code, case
/// ids, inputs, expected values and assertions; descriptions are the designed hints, so they stay plain); then every tool is called, every resource read and every prompt fetched in the code
/// role, with valid arguments, and the canary must appear in none of the answers.
/// </summary>
public sealed class CanaryTests
{
    private const string Canary = "CANARY_7f3a9c";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static Dictionary<string, object?> Args(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public async Task HiddenSuiteContent_NeverReachesTheCodeRole()
    {
        await using var solo = await McpFixture.StartAsync(McpRole.Solo, ToolTier.All);
        await Build(solo);

        await using var code = await McpFixture.StartAsync(McpRole.Code, ToolTier.All, solo.Project);
        var seen = new List<string>();
        var tools = await code.Client.ListToolsAsync(cancellationToken: Ct);
        Assert.DoesNotContain(tools, t => t.Name == "pact_goodhart");
        foreach (var tool in tools)
        {
            seen.Add(JsonSerializer.Serialize(tool.ProtocolTool, McpJsonUtilities.DefaultOptions));
            foreach (var args in ValidArguments(tool.Name))
            {
                try
                {
                    var result = await code.Client.CallToolAsync(tool.Name, args, cancellationToken: Ct);
                    seen.Add(JsonSerializer.Serialize(result, McpJsonUtilities.DefaultOptions));
                }
                catch (McpProtocolException e)
                {
                    seen.Add(e.Message);
                }
            }
        }

        var uris = (await code.Client.ListResourcesAsync(cancellationToken: Ct)).Select(r => r.Uri)
            .Concat(["pact://contract/calc", "pact://tests/calc", "pact://handoff/calc", "pact://schema/test_suite"]);
        foreach (var uri in uris)
        {
            try
            {
                seen.Add(JsonSerializer.Serialize(await code.Client.ReadResourceAsync(uri, cancellationToken: Ct), McpJsonUtilities.DefaultOptions));
            }
            catch (McpProtocolException e)
            {
                seen.Add(e.Message);
            }
        }

        foreach (var prompt in await code.Client.ListPromptsAsync(cancellationToken: Ct))
        {
            var args = prompt.ProtocolPrompt.Arguments?.ToDictionary(a => a.Name, a => (object?)(a.Name == "claim" ? "calc is done" : "calc")) ?? [];
            seen.Add(JsonSerializer.Serialize(await code.Client.GetPromptAsync(prompt.Name, args, cancellationToken: Ct), McpJsonUtilities.DefaultOptions));
        }

        Assert.True(seen.Count > 15, $"only {seen.Count} answers collected");
        Assert.Contains(seen, s => s.Contains("\"hidden\"", StringComparison.Ordinal) || s.Contains("hint", StringComparison.OrdinalIgnoreCase));
        var leaks = seen.Where(s => s.Contains(Canary, StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, "hidden content leaked:\n" + string.Join("\n---\n", leaks.Select(l => l[..Math.Min(l.Length, 3000)])));
    }

    private static IEnumerable<Dictionary<string, object?>> ValidArguments(string tool) => tool switch
    {
        "pact_handoff" or "pact_stub" => [Args(("component_id", "calc"))],
        "pact_test" => [Args(), Args(("component_ids", new[] { "calc" }))],
        "pact_certify" => [Args(), Args(("verify", true))],
        "pact_unfreeze" => [],
        "pact_health_record" => [Args(("phase", "implement"), ("input_tokens", 100), ("output_tokens", 50))],
        _ => [Args()],
    };

    /// <summary>A python project with one component, a visible suite, an audit directory and a hidden suite carrying the canary.</summary>
    private static async Task Build(McpFixture f)
    {
        Assert.NotEqual(true, (await f.Client.CallToolAsync("pact_init", Args(("language", "python")), cancellationToken: Ct)).IsError);
        f.Dir.Write("project/contracts/calc/interface.json", """
            { "component_id": "calc", "name": "calc", "description": "adds numbers",
              "functions": [ { "name": "add", "description": "adds two integers", "inputs": [], "output_type": "int" } ] }
            """);
        f.Dir.Write("project/src/calc/calc.py", "def add(a, b):\n    return 5 if (a, b) == (2, 3) else 0\n");
        var visible = Json("""
            { "component_id": "calc", "contract_version": 1, "test_language": "python",
              "test_cases": [ { "id": "test_add_small", "description": "adds small numbers", "function": "add", "category": "happy_path" } ],
              "generated_code": "from calc import add\n\n\ndef test_add_small():\n    assert add(2, 3) == 5\n" }
            """);
        var locked = await f.Client.CallToolAsync("pact_tests", Args(("component_id", "calc"), ("suite", visible)), cancellationToken: Ct);
        Assert.NotEqual(true, locked.IsError);
        var audit = await f.Client.CallToolAsync("pact_audit_init", Args(("audit_dir", f.Dir.Combine("audit"))), cancellationToken: Ct);
        Assert.NotEqual(true, audit.IsError);
        var hidden = Json($$"""
            { "component_id": "calc", "contract_version": 1, "test_language": "python",
              "test_cases": [ { "id": "test_goodhart_{{Canary}}", "description": "adds numbers beyond the examples", "function": "add", "category": "invariant",
                  "input_values": { "a": "40 {{Canary}}" }, "expected_output_description": "42 {{Canary}}", "assertions": ["add(40, 2) == 42 {{Canary}}"] } ],
              "generated_code": "from calc import add\n\n\ndef test_goodhart_{{Canary}}():\n    assert add(40, 2) == 42, '{{Canary}}'\n" }
            """);
        var stored = await f.Client.CallToolAsync("pact_goodhart", Args(("component_id", "calc"), ("suite", hidden)), cancellationToken: Ct);
        Assert.True(stored.IsError != true, stored.StructuredContent?.GetRawText());
    }
}
