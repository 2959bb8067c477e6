using System.Text.Json;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Runs;
using Pact.Engine.Judge.Suites;
using Pact.Judge;
using Pact.Projects;
using Pact.Serialization;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// What an implementer might do to learn more from hidden suites than counts and graduated hints, or to get rid of
/// one: replace it, reset its hint level, keep polishing past the attempt budget, crash it to see every description.
/// </summary>
public sealed class DisclosureCheatTests : IDisposable
{
    private const string HardCoded = "def add(a, b):\n    return {(2, 3): 5, (-2, -3): -5}[(a, b)]\n";

    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Audit => _f.Dir.Combine("audit");

    private async Task SetUpAsync(string implementation, string config = "")
    {
        await _f.InitAsync(extraConfig: config);
        await _f.CalcAsync(implementation);
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, Audit, Ct)).Ok);
        var file = _f.Dir.Write("inputs/hidden.json", JsonSerializer.Serialize(HiddenSuiteTests.HiddenSuite(), PactJson.Context.ContractTestSuite));
        var locked = await _f.LockAsync("calc", file, SuiteKind.Hidden);
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));
    }

    private async Task<SuiteRun> PolishAsync() =>
        (await _f.Get<JudgeService>().PolishAsync(_f.Project, Ct)).Data!.Runs.Single(r => r.Kind == SuiteKind.Hidden);

    private string OneLineSuite() => _f.Dir.Write("inputs/one-line.json", JsonSerializer.Serialize(
        HiddenSuiteTests.HiddenSuite() with { GeneratedCode = "def test_goodhart_large():\n    pass\n" }, PactJson.Context.ContractTestSuite));

    [Fact]
    public async Task ReplacingAHiddenSuiteWithAOneLineSuite_AfterItRan_IsRefused_UntilAnAuditSideUnfreeze()
    {
        await SetUpAsync(HardCoded);
        Assert.Equal(SuiteStatus.Failed, (await PolishAsync()).Status);

        var replaced = await _f.LockAsync("calc", OneLineSuite(), SuiteKind.Hidden);

        Assert.False(replaced.Ok);
        Assert.Contains(replaced.Diagnostics, d => d.Rule == "suite.frozen.code_edited");
        Assert.Equal(SuiteStatus.Failed, (await PolishAsync()).Status);

        var visibleOnly = await _f.Get<SuiteStateService>().UnfreezeAsync(_f.Project, "calc", "the spec changed", Ct);
        Assert.True(visibleOnly.Ok);
        Assert.False((await _f.LockAsync("calc", OneLineSuite(), SuiteKind.Hidden)).Ok);

        var unfrozen = await _f.Get<SuiteStateService>().UnfreezeAsync(_f.Project, "calc", "the auditor rewrites the probe", Ct, SuiteKind.Hidden);
        Assert.True(unfrozen.Ok, string.Join("\n", unfrozen.Diagnostics));
        Assert.True((await _f.LockAsync("calc", OneLineSuite(), SuiteKind.Hidden)).Ok);
        var ledger = File.ReadAllText(Path.Combine(Audit, JudgeLedger.FileName));
        Assert.Contains("the auditor rewrites the probe", ledger, StringComparison.Ordinal);
        Assert.Contains("\"action\":\"unfreeze\"", ledger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingAuditLogLines_DoesNotResetTheHintLevel()
    {
        await SetUpAsync(HardCoded);
        Assert.Equal(1, (await PolishAsync()).HintLevel);
        var log = Path.Combine(_f.Project, ".pact/audit.jsonl");
        File.WriteAllLines(log, File.ReadAllLines(log).Where(l => !l.Contains("polish", StringComparison.Ordinal)));

        var again = await PolishAsync();

        Assert.Equal(2, again.HintLevel);
    }

    [Theory]
    [InlineData("cut the last attempt")]
    [InlineData("drop the lock line")]
    [InlineData("delete the ledger")]
    public async Task EditingTheLedger_IsNoticed_AndHiddenRunsAreRefused(string edit)
    {
        await SetUpAsync(HardCoded);
        await PolishAsync();
        var ledger = Path.Combine(Audit, JudgeLedger.FileName);
        var lines = File.ReadAllLines(ledger);
        if (edit == "delete the ledger")
        {
            File.Delete(ledger);
        }
        else
        {
            File.WriteAllLines(ledger, lines.Where(l => !l.Contains(edit == "cut the last attempt" ? "hidden_failed" : "goodhart.lock", StringComparison.Ordinal)));
        }

        var result = await _f.Get<JudgeService>().PolishAsync(_f.Project, Ct);

        var hidden = result.Data!.Runs.Single(r => r.Kind == SuiteKind.Hidden);
        Assert.Equal((SuiteStatus.Refused, "", 0), (hidden.Status, hidden.Hint, hidden.Total));
        Assert.Contains(result.Diagnostics, d => d.Rule == "judge.ledger_broken");
    }

    [Fact]
    public async Task PolishingPastMaxGoodhartAttempts_IsRefused_AndDisclosesNothing()
    {
        await SetUpAsync(HardCoded, "max_goodhart_attempts: 2");
        Assert.Equal(1, (await PolishAsync()).HintLevel);
        Assert.Equal(2, (await PolishAsync()).HintLevel);

        var third = await _f.Get<JudgeService>().PolishAsync(_f.Project, Ct);

        var hidden = third.Data!.Runs.Single(r => r.Kind == SuiteKind.Hidden);
        Assert.Equal((SuiteStatus.Refused, 0, 0, 0, "", 0L), (hidden.Status, hidden.Total, hidden.Passed, hidden.Failed, hidden.Hint, hidden.DurationMs));
        Assert.Contains(third.Diagnostics, d => d.Rule == "judge.goodhart_exhausted");
        Assert.Equal(Outcome.Invalid, third.Outcome);
    }

    [Fact]
    public async Task AHiddenRunThatCrashes_SaysSo_AndQuotesNoDescription()
    {
        await SetUpAsync("def add(a, b):\n    return a + b\n");
        _f.Write("src/calc/calc.py", "raise RuntimeError('no')\n");

        var hidden = await PolishAsync();

        Assert.NotEqual(SuiteStatus.Passed, hidden.Status);
        Assert.Contains("crashed", hidden.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain("far from the visible examples", hidden.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain("far from the visible examples", hidden.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHiddenRun_ReportsPassedAndFailedCountsAndWholeSecondsOnly()
    {
        var raw = new SuiteRun
        {
            ComponentId = "calc", Kind = SuiteKind.Hidden, Status = SuiteStatus.Failed, Total = 7, Passed = 3, Failed = 2, Errors = 2, DurationMs = 1234,
            Message = $"raw runner words {HiddenSuiteTests.Canary}", Failures = [new Pact.Suites.TestFailure { TestId = "test_goodhart_large", ErrorMessage = HiddenSuiteTests.Canary }],
        };

        var shown = Disclosure.Redact(raw, HiddenSuiteTests.HiddenSuite(), null, 1);

        Assert.Equal((7, 3, 4, 0, 1000L), (shown.Total, shown.Passed, shown.Failed, shown.Errors, shown.DurationMs));
        Assert.Empty(shown.Failures);
        var json = JsonSerializer.Serialize(shown, PactJson.Context.SuiteRun);
        Assert.DoesNotContain(HiddenSuiteTests.Canary, json, StringComparison.Ordinal);
        Assert.DoesNotContain("test_goodhart_large", json, StringComparison.Ordinal);
    }
}
