using System.Text.Json.Nodes;

namespace Pact.Cli.Tests;

/// <summary>
/// <c>pact review submit|adjudicate</c> (issue 14): the implementer may submit a review but never clear its blockers;
/// certify refuses (exit 1) until the auditor decides; status shows the review as needing adjudication.
/// </summary>
public sealed class ReviewCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ReviewCliTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    private string Review(string file) => _dir.Write("review.json", $$"""
        { "target": { "components": ["calc"] }, "claim": "calc is done", "reviewer": "advocate", "source": { "kind": "host_agent", "name": "codex" },
          "findings": [ { "severity": "critical", "location": { "file": "{{file}}", "line": 1 }, "evidence": "add('2', 3) raises TypeError, which the contract names as no error case", "recommendation": "declare the error case and test it, or coerce both inputs to int" } ] }
        """);

    [Fact]
    public async Task TheCodeRole_SubmitsAReview_ButOnlyTheAuditorClearsIt_AndCertifyWaits()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"));
        var submitted = await Cli.InProcessAsync("review", "submit", Project, "--file", Review("src/calc/calc.py"), "--role", "code", "--json");
        Assert.True(submitted.ExitCode == 0, submitted.Out + submitted.Err);
        var id = JsonNode.Parse(submitted.Out)!["data"]!["review"]!["id"]!.GetValue<string>();

        var status = await Cli.InProcessAsync("status", Project);
        Assert.Contains($"Review    {id} (advocate) needs adjudication: F1", status.Out, StringComparison.Ordinal);

        var refused = await Cli.InProcessAsync("certify", Project);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("certify.review_unadjudicated", refused.Out + refused.Err, StringComparison.Ordinal);

        var before = TreeSnapshot.Of(Project);
        var byCode = await Cli.InProcessAsync("review", "adjudicate", Project, id, "F1", "--decision", "accepted_risk", "--reason", "only integers reach add from the parser", "--role", "code");
        Assert.Equal(1, byCode.ExitCode);
        Assert.Contains("authority.required", byCode.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Project);

        var byAuditor = await Cli.InProcessAsync("review", "adjudicate", Project, id, "F1", "--decision", "accepted_risk", "--reason", "only integers reach add from the parser", "--role", "audit");
        Assert.True(byAuditor.ExitCode == 0, byAuditor.Out + byAuditor.Err);
        Assert.Contains("accepted_risk (audit)", byAuditor.Out, StringComparison.Ordinal);

        var certified = await Cli.InProcessAsync("certify", Project, "--json");
        Assert.True(certified.ExitCode == 0, certified.Out + certified.Err);
        Assert.Equal(id, JsonNode.Parse(certified.Out)!["data"]!["reviews"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFindingAtAFileTheProjectLacks_IsRefusedWithItsPointer_AndExitsOne()
    {
        await CalcProject.CreateAsync(_dir, Project);
        var before = TreeSnapshot.Of(Project);

        var run = await Cli.InProcessAsync("review", "submit", Project, "--file", Review("src/calc/missing.py"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("review.location.file_missing", run.Err, StringComparison.Ordinal);
        Assert.Contains("/findings/0/location/file", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Project);
    }
}
