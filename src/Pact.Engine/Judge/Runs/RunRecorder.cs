namespace Pact.Engine.Judge.Runs;

/// <summary>Writes down what the judge saw of a batch of runs, in the project's audit log and in the judge's ledger.</summary>
public sealed class RunRecorder(ProjectStore store, JudgeLedger ledger)
{
    /// <summary>
    /// What the judge saw: with <paramref name="logTo"/>, first in the project's audit log (forged runs, failed hidden
    /// runs, the command's summary), then in its own ledger, each run's counts and each failed hidden run as an attempt
    /// with its hint level, every entry naming the log line it stands for. Certify logs its own summary: ledger only.
    /// </summary>
    public async Task RecordAsync(JudgeLayout judge, string command, IReadOnlyList<SuiteRun> runs, ProjectLayout? logTo, CancellationToken cancellationToken)
    {
        var forged = new LoggedEvent?[runs.Count];
        var failed = new LoggedEvent?[runs.Count];
        LoggedEvent? summary = null;
        if (logTo is not null)
        {
            for (var i = 0; i < runs.Count; i++)
            {
                if (ForgeryRules.IsForgery(runs[i].Rule))
                {
                    forged[i] = (await store.CommitLoggedAsync(logTo, AuditActions.VerdictForged, $"{runs[i].Kind.ToString().ToLowerInvariant()} suite: {runs[i].Rule}: the run's verdict was forged or its assertions subverted; it counts as failed", [], cancellationToken, runs[i].ComponentId))?.Logged;
                }
            }

            for (var i = 0; i < runs.Count; i++)
            {
                if (IsAttempt(runs[i]))
                {
                    failed[i] = (await store.CommitLoggedAsync(logTo, AuditActions.HiddenFailed, $"hidden suite {runs[i].Status.ToString().ToLowerInvariant()}: {runs[i].Failed + runs[i].Errors} of {runs[i].Total} failed; hint level {runs[i].HintLevel} given", [], cancellationToken, runs[i].ComponentId))?.Logged;
                }
            }

            var passed = runs.Count(r => r.Status == SuiteStatus.Passed);
            summary = (await store.CommitLoggedAsync(logTo, command, $"{passed} of {runs.Count} suites passed", [], cancellationToken, runs: [.. runs.Select(AuditRun.Of)]))?.Logged;
        }

        // A forged run is a run like any other for the accounting (a hidden one spends an attempt), and a record of its own.
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (!Ran(run))
            {
                continue;
            }

            if (ForgeryRules.IsForgery(run.Rule))
            {
                await ledger.AppendAsync(judge, new LedgerEntry { Action = AuditActions.VerdictForged, ComponentId = run.ComponentId, Kind = run.Kind, Status = run.Status, Detail = $"{command}: {run.Rule}: {run.Message}", Log = forged[i] }, cancellationToken);
            }

            var attempt = IsAttempt(run);
            await ledger.AppendAsync(judge, new LedgerEntry
            {
                Action = attempt ? AuditActions.HiddenFailed : command,
                ComponentId = run.ComponentId,
                Kind = run.Kind,
                Status = run.Status,
                Passed = run.Passed,
                Failed = run.Failed + run.Errors,
                HintLevel = run.HintLevel,
                Detail = attempt ? $"hidden attempt, hint level {run.HintLevel} given" : $"{run.Kind.ToString().ToLowerInvariant()} run",
                Log = attempt ? failed[i] : summary,
            }, cancellationToken);
        }
    }

    private static bool IsAttempt(SuiteRun run) => run.Kind == SuiteKind.Hidden && run.Status != SuiteStatus.Passed && Ran(run);

    /// <summary>A run that was refused before it started (attempts spent, ledger broken) saw nothing to record.</summary>
    private static bool Ran(SuiteRun run) => run.Rule is not (JudgeService.ExhaustedRule or JudgeLedger.BrokenRule);
}
