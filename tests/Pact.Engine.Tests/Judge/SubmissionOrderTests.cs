using Pact.Engine.Handoff;
using Pact.Engine.Judge;
using Pact.Judge;
using Pact.Projects;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// The law before the code, enforced: an implementer's brief for a component whose suites are not written yet, and a
/// hidden suite with no visible one beside it, are refused naming the phase and the step that reaches it.
/// </summary>
public sealed class SubmissionOrderTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string VisibleSuite() => _f.SuiteFile("calc", JudgeFixture.CalcTests, [("test_add_small", "add", "adds small numbers"), ("test_add_negative", "add", "adds negative numbers")]);

    private string HiddenSuite() => _f.Dir.Write("inputs/hidden.json", System.Text.Json.JsonSerializer.Serialize(HiddenSuiteTests.HiddenSuite(), Pact.Serialization.PactJson.Context.ContractTestSuite));

    private Task<CommandResult<Pact.Handoff.HandoffBrief>> BriefAsync() => _f.Get<HandoffService>().BriefAsync(_f.Project, "calc", validate: false, maxTokens: 0, Ct);

    [Fact]
    public async Task AHandoff_BeforeTheSuites_IsRefused_UntilEachSuiteTheComponentIsJudgedByIsLocked()
    {
        await _f.InitAsync(hiddenRequired: true);
        _f.Contract("calc", ["add"]);

        var early = await BriefAsync();

        Assert.Equal(Outcome.Invalid, early.Outcome);
        var refusal = Assert.Single(early.Diagnostics);
        Assert.Equal("order.suites_first", refusal.Rule);
        Assert.Contains("contract phase", refusal.Message);
        Assert.Contains($"pact tests {_f.Project} calc --file", refusal.Fix);
        Assert.Null(early.Data);

        Assert.True((await _f.LockAsync("calc", VisibleSuite())).Ok);
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, _f.Dir.Combine("audit"), Ct)).Ok);

        // With an audit directory the profile's hidden suite is part of the law too.
        var noHidden = await BriefAsync();
        Assert.Equal("order.suites_first", Assert.Single(noHidden.Diagnostics).Rule);
        Assert.Contains($"pact goodhart {_f.Project} calc --file", noHidden.Diagnostics[0].Fix);

        Assert.True((await _f.LockAsync("calc", HiddenSuite(), SuiteKind.Hidden)).Ok);
        var brief = await BriefAsync();
        Assert.True(brief.Ok, string.Join("\n", brief.Diagnostics));
        Assert.DoesNotContain(HiddenSuiteTests.Canary, brief.Data!.Brief, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHiddenSuite_BeforeTheVisibleOne_IsRefused_AndNothingReachesTheAuditDirectory()
    {
        await _f.InitAsync(hiddenRequired: true);
        _f.Contract("calc", ["add"]);
        var audit = _f.Dir.Combine("audit");
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, audit, Ct)).Ok);
        var before = TreeSnapshot.Of(audit);

        var early = await _f.LockAsync("calc", HiddenSuite(), SuiteKind.Hidden);

        Assert.Equal(Outcome.Invalid, early.Outcome);
        var refusal = Assert.Single(early.Diagnostics);
        Assert.Equal("order.visible_suite_first", refusal.Rule);
        Assert.Contains($"pact tests {_f.Project} calc --file", refusal.Fix);
        Assert.DoesNotContain(HiddenSuiteTests.Canary, refusal.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, TreeSnapshot.Of(audit));

        Assert.True((await _f.LockAsync("calc", VisibleSuite())).Ok);
        var locked = await _f.LockAsync("calc", HiddenSuite(), SuiteKind.Hidden);
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));
    }
}
