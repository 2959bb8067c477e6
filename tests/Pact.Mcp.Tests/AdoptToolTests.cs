using Pact.Mcp.Hosting;
using ModelContextProtocol.Protocol;

namespace Pact.Mcp.Tests;

/// <summary>The host agent's side of adoption: pact_adopt on the solo server, then the prompt that tightens a draft from the adopted code.</summary>
public sealed class AdoptToolTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AdoptedCode_AndItsDraft_AreWhatTheTighteningPromptShows()
    {
        await using var f = await McpFixture.StartAsync();
        await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?>(), cancellationToken: Ct);
        f.Dir.Write("project/money/__init__.py", "\"\"\"Amounts as integer cents, parsed and formatted.\"\"\"\n");
        f.Dir.Write("project/money/cents.py", "def to_cents(text):\n    \"\"\"Parses an amount such as 12.34.\"\"\"\n    whole, _, frac = text.partition('.')\n    if len(frac) > 2:\n        raise ValueError('too many decimals')\n    return int(whole) * 100 + int(frac.ljust(2, '0'))\n");

        var adopted = await f.Client.CallToolAsync("pact_adopt", new Dictionary<string, object?>(), cancellationToken: Ct);

        Assert.True(adopted.IsError != true, adopted.StructuredContent?.GetRawText());
        var data = adopted.StructuredContent!.Value.GetProperty("data");
        Assert.True(data.GetProperty("done").GetBoolean());
        var component = Assert.Single(data.GetProperty("components").EnumerateArray());
        Assert.Equal("money", component.GetProperty("component_id").GetString());

        var prompt = await f.Client.GetPromptAsync("tighten_adopted", new Dictionary<string, object?> { ["component_id"] = "money" }, cancellationToken: Ct);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(prompt.Messages).Content).Text;
        Assert.Contains("concrete types instead of Any", text, StringComparison.Ordinal);
        Assert.Contains("src/money/cents.py", text, StringComparison.Ordinal);
        Assert.Contains("raise ValueError('too many decimals')", text, StringComparison.Ordinal);
        Assert.Contains("\"to_cents\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSeparatedRoles_HaveNoAdoptTool()
    {
        foreach (var role in new[] { McpRole.Code, McpRole.Audit })
        {
            await using var f = await McpFixture.StartAsync(role);
            var tools = await f.Client.ListToolsAsync(cancellationToken: Ct);
            Assert.DoesNotContain(tools, t => t.Name == "pact_adopt");
        }
    }
}
