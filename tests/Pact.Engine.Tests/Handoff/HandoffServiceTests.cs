using Pact.Diagnostics;
using Pact.Engine.Handoff;
using Pact.Engine.Tests.Gates;
using Pact.Handoff;
using Pact.Projects;

namespace Pact.Engine.Tests.Handoff;

public sealed class HandoffServiceTests : IDisposable
{
    private const string Canary = "CANARY-7f3a91-hidden-test-text";

    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HandoffService Service => _f.Get<HandoffService>();

    [Fact]
    public async Task TheBrief_OpensWithTheFence_ThenTheContract_ThenTestsAndDependencies()
    {
        await ValidProject.CreateAsync(_f, withSuites: true, Ct);

        var result = await Service.BriefAsync(_f.Project, "availability", validate: true, maxTokens: 0, Ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var brief = result.Data!.Brief;
        Assert.StartsWith(BriefRenderer.Fence, brief, StringComparison.Ordinal);
        var stub = brief.IndexOf("# === Availability (availability) v1 ===", StringComparison.Ordinal);
        var tests = brief.IndexOf("- [happy_path] check_free_room: a free room is available", StringComparison.Ordinal);
        var dependencies = brief.IndexOf("- pricing (you call: quote)", StringComparison.Ordinal);
        Assert.True(stub > 0 && dependencies > stub && tests > dependencies, brief);
        Assert.Contains("def check_availability(room: str, nights: int) -> bool:", brief, StringComparison.Ordinal);
        Assert.Contains("      - unknown_room (UnknownRoom): the room does not exist", brief, StringComparison.Ordinal);
        Assert.Contains("# __all__ = ['check_availability', 'offer', 'UnknownRoom']", brief, StringComparison.Ordinal);
        Assert.Contains("PACT:availability:<function>", brief, StringComparison.Ordinal);
        Assert.True(result.Data.Valid);
        Assert.Empty(result.Data.Issues);
    }

    [Fact]
    public async Task HiddenTestsAndAuditFiles_NeverReachTheBrief()
    {
        await ValidProject.CreateAsync(_f, withSuites: true, Ct);
        var goodhart = Path.Combine(_f.Project, "tests", "pricing", "goodhart");
        Directory.CreateDirectory(goodhart);
        var hidden = ValidProject.Document()["suites"]!["pricing"]!;
        hidden["generated_code"] = $"def test_quote_happy():\n    assert '{Canary}'\n# quote_no_nights\n";
        File.WriteAllText(Path.Combine(goodhart, "contract_test_suite.json"), hidden.ToJsonString());
        File.WriteAllText(Path.Combine(goodhart, "test_hidden.py"), $"# {Canary}\n");
        foreach (var audit in new[] { "audit", Path.Combine("tests", "pricing", "audit"), Path.Combine("contracts", "pricing", "audit") })
        {
            Directory.CreateDirectory(Path.Combine(_f.Project, audit));
            File.WriteAllText(Path.Combine(_f.Project, audit, "notes.md"), Canary);
        }
        File.AppendAllText(Path.Combine(_f.Project, ".pact", "audit.jsonl"), $"{{\"detail\":\"{Canary}\"}}\n");

        var result = await Service.BriefAsync(_f.Project, "pricing", validate: true, maxTokens: 0, Ct);
        var json = System.Text.Json.JsonSerializer.Serialize(result, Serialization.PactJson.Context.CommandResultHandoffBrief);

        Assert.True(result.Ok);
        Assert.Contains("quote_happy", result.Data!.Brief, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenBudget_TrimsOptionalContextFirst_AndKeepsTheContract()
    {
        await ValidProject.CreateAsync(_f, withSuites: true, Ct);
        File.WriteAllText(Path.Combine(_f.Project, "sops.md"), string.Concat(Enumerable.Repeat("Write small functions with clear names. ", 200)));
        var full = await Service.BriefAsync(_f.Project, "pricing", validate: false, maxTokens: 0, Ct);

        var cut = await Service.BriefAsync(_f.Project, "pricing", validate: false, maxTokens: 1200, Ct);

        Assert.False(full.Data!.Trimmed);
        Assert.True(cut.Data!.Trimmed);
        Assert.True(cut.Data.TokenEstimate <= 1210, $"{cut.Data.TokenEstimate} tokens");
        Assert.Contains(BriefRenderer.TrimMarker, cut.Data.Brief, StringComparison.Ordinal);
        Assert.Contains("def quote(", cut.Data.Brief, StringComparison.Ordinal);
        Assert.Contains("quote_no_nights", cut.Data.Brief, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FlagsDependenciesWithoutContracts()
    {
        await ValidProject.CreateAsync(_f, withSuites: true, Ct);
        var contract = Path.Combine(_f.Project, "contracts", "availability", "interface.json");
        File.WriteAllText(contract, File.ReadAllText(contract).Replace("\"pricing\"\n  ]", "\"pricing\",\n    \"stripe\"\n  ]", StringComparison.Ordinal));

        var result = await Service.BriefAsync(_f.Project, "availability", validate: true, maxTokens: 0, Ct);

        var issue = Assert.Single(result.Data!.Issues);
        Assert.Equal((Severity.Warning, "dependency_coverage"), (issue.Level, issue.Check));
        Assert.True(result.Data.Valid);
    }

    [Fact]
    public async Task AComponentWithoutContract_IsNotFound()
    {
        await ValidProject.CreateAsync(_f, withSuites: false, Ct);

        var result = await Service.BriefAsync(_f.Project, "booking", validate: false, maxTokens: 0, Ct);

        Assert.Equal(Outcome.NotFound, result.Outcome);
    }

    [Fact]
    public void Validate_ReportsAMissingFence_AndShoutingHeaders()
    {
        var brief = new HandoffBrief { ComponentId = "x", Brief = "## TASK: build it\nthe interface contract\n", TokenEstimate = 10 };

        var checkedBrief = BriefRenderer.Validate(brief, new HandoffInput { Contract = new Contracts.ComponentContract { ComponentId = "x", Name = "X", Description = "d" } });

        Assert.False(checkedBrief.Valid);
        Assert.Equal(["context_fence", "natural_format"], checkedBrief.Issues.Select(i => i.Check));
    }
}
