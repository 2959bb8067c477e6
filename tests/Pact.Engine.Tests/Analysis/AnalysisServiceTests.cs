using Pact.Diagnostics;
using Pact.Engine.Analysis;
using Pact.Engine.Tests.Gates;
using Pact.Projects;

namespace Pact.Engine.Tests.Analysis;

public sealed class AnalysisServiceTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Analyze_ReportsComponentsWithoutContractsOrSuites_AndWritesAnalysisJson()
    {
        await ValidProject.CreateAsync(_f, withSuites: false, Ct);
        ValidProject.WriteSuite(_f, "pricing", ValidProject.Document()["suites"]!["pricing"]!);

        var result = await _f.Get<AnalysisService>().AnalyzeAsync(_f.Project, Ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var findings = result.Data!.Findings;
        Assert.Equal("booking", result.Data.ProjectId);
        Assert.Equal("F001", findings[0].Id);
        Assert.Contains(findings, f => f is { Severity: Severity.Error, Category: "coverage_gap", ComponentId: "booking" });
        Assert.Contains(findings, f => f is { Severity: Severity.Error, Category: "coverage_gap", ComponentId: "availability" } && f.Description.Contains("no test suite", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.ComponentId == "pricing" && f.Category == "coverage_gap");
        Assert.Equal("2 error(s), 0 warning(s), 0 info(s)", result.Data.Summary);
        Assert.True(File.Exists(Path.Combine(_f.Project, "analysis.json")));
    }

    [Fact]
    public async Task Analyze_WithoutATree_IsRefused()
    {
        Assert.True((await _f.Get<Pact.Engine.Projects.InitService>().InitAsync(_f.Project, null, null, Ct)).Ok);

        var result = await _f.Get<AnalysisService>().AnalyzeAsync(_f.Project, Ct);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Equal("analyze.no_tree", Assert.Single(result.Diagnostics).Rule);
    }
}

public sealed class ChecklistTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Checklist_AnswersWhatTheArtifactsShow_AndLeavesTheRestOpen()
    {
        var ct = TestContext.Current.CancellationToken;
        await ValidProject.CreateAsync(_f, withSuites: true, ct);

        var result = await _f.Get<AnalysisService>().ChecklistAsync(_f.Project, ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var items = result.Data!.Items;
        Assert.Equal("C001", items[0].Id);
        Assert.Contains(items, i => i.Question == "Does 'quote' have an error-case test?" && i.Satisfied == true);
        Assert.Contains(items, i => i.Question == "Are error cases defined for 'offer'?" && i.Satisfied is null);
        Assert.Contains(items, i => i.Question == "Does the suite of 'pricing' have an edge_case test?" && i.Satisfied == false);
        Assert.Contains(items, i => i.Category == "dependencies" && i.ComponentId == "availability");
        Assert.True(File.Exists(Path.Combine(_f.Project, "checklist.json")));
    }
}
