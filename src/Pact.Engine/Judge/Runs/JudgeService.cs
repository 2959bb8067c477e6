using Pact.Engine.Judge.Authority;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Suites;

namespace Pact.Engine.Judge.Runs;

/// <summary>
/// <c>pact test</c> (visible masters; the first run freezes them) and <c>pact polish</c> (hidden suites with
/// graduated hints, plus a regression run of every visible suite). Views are compared with their masters on every
/// run; a missing or edited view is a tamper event in the audit log and in the result, and the master runs anyway.
/// </summary>
public sealed class JudgeService(ProjectStore store, SuiteVault vault, SuiteExecutor executor, SuiteStateService states, JudgeLedger ledger, Tamper.TamperScanner scanner, RunRecorder recorder)
{
    public const string TestCommand = AuditActions.Test;
    public const string PolishCommand = AuditActions.Polish;
    public const string ExhaustedRule = "judge.goodhart_exhausted";

    public Task<CommandResult<JudgeReport>> TestAsync(string directory, IReadOnlyList<string> componentIds, CancellationToken cancellationToken) =>
        TestAsync(directory, componentIds, RunOptions.None, cancellationToken);

    /// <summary><c>pact test</c>, run as <paramref name="options"/> say (progress, time limit).</summary>
    public async Task<CommandResult<JudgeReport>> TestAsync(string directory, IReadOnlyList<string> componentIds, RunOptions options, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<JudgeReport>(TestCommand, outcome, diagnostics);
        }

        if (ComponentIds.Check(componentIds) is { Count: > 0 } badIds)
        {
            return CommandResults.Fail<JudgeReport>(TestCommand, Outcome.Invalid, badIds);
        }

        var judge = new JudgeLayout(project.Layout, project.Config);
        if (AuthorityRecords.Check(judge).Problem is { } repointed)
        {
            return CommandResults.Fail<JudgeReport>(TestCommand, Outcome.Invalid, repointed);
        }

        var ids = componentIds.Count > 0 ? componentIds : judge.Components(SuiteKind.Visible);
        if (ids.Count == 0)
        {
            return CommandResults.Fail<JudgeReport>(TestCommand, Outcome.NotFound, new Diagnostic { Rule = "suite.none_locked", Message = "no component has a locked visible suite", Fix = $"lock suites with `pact tests {project.Layout.Root} <cid> --file suite.json`" });
        }

        // Every step below judges the bytes this call read once (freeze, view check, run).
        var reads = vault.ForOneCall();
        var (frozen, missing) = await states.FreezeLocksAsync(judge, ids, reads, cancellationToken);
        if (missing.Count > 0)
        {
            return CommandResults.Fail<JudgeReport>(TestCommand, Outcome.NotFound, missing);
        }

        if (frozen.Count > 0)
        {
            if (await store.CommitLoggedAsync(project.Layout, AuditActions.Freeze, $"first test run froze {string.Join(", ", frozen.Select(f => f.Component))}", [.. frozen.Select(f => f.Write)], cancellationToken) is not { } committed)
            {
                return CommandResults.Fail<JudgeReport>(TestCommand, Outcome.Busy, store.Busy(project.Layout));
            }

            await states.LedgerFreezeAsync(judge, frozen, SuiteKind.Visible, committed.Logged, cancellationToken);
        }

        var tamper = await CheckViewsAsync(project, judge, ids, reads, cancellationToken);
        var runs = await executor.RunAsync(project, judge, [.. ids.Select(id => (id, SuiteKind.Visible))], null, reads, options, cancellationToken);
        await recorder.RecordAsync(judge, TestCommand, runs, project.Layout, cancellationToken);
        return Report(TestCommand, project.Layout, runs, tamper, await ScanAsync(project, judge, judge, ids, cancellationToken));
    }

    public Task<CommandResult<JudgeReport>> PolishAsync(string directory, CancellationToken cancellationToken) =>
        PolishAsync(directory, RunOptions.None, cancellationToken);

    /// <summary><c>pact polish</c>, run as <paramref name="options"/> say (a hidden suite's progress is its counts).</summary>
    public async Task<CommandResult<JudgeReport>> PolishAsync(string directory, RunOptions options, CancellationToken cancellationToken)
    {
        var (project, judge, failure) = await OpenAsync(directory, PolishCommand, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var visible = judge.Components(SuiteKind.Visible);
        var reads = vault.ForOneCall();
        var tamper = await CheckViewsAsync(project, judge, visible, reads, cancellationToken);
        var runs = await RunEverythingAsync(project, judge, null, reads, options, cancellationToken);
        await recorder.RecordAsync(judge, PolishCommand, runs, project.Layout, cancellationToken);
        return Report(PolishCommand, project.Layout, runs, tamper, await ScanAsync(project, judge, judge, [.. runs.Select(r => r.ComponentId)], cancellationToken));
    }

    /// <summary>The first hidden run freezes its suite (logged in the project and in the judge's ledger).</summary>
    internal async Task FreezeHiddenAsync(Project project, JudgeLayout judge, SuiteReads reads, CancellationToken cancellationToken)
    {
        var (frozen, _) = await states.FreezeLocksAsync(judge, judge.Components(SuiteKind.Hidden), reads, cancellationToken, SuiteKind.Hidden);
        if (frozen.Count > 0 && await store.CommitLoggedAsync(project.Layout, AuditActions.Freeze, $"first hidden run froze the hidden suites of {string.Join(", ", frozen.Select(f => f.Component))}", [.. frozen.Select(f => f.Write)], cancellationToken) is { } committed)
        {
            await states.LedgerFreezeAsync(judge, frozen, SuiteKind.Hidden, committed.Logged, cancellationToken);
        }
    }

    /// <summary>
    /// Every visible suite and every hidden one (hidden runs redacted), for polish and certify, which record the runs
    /// (<see cref="RunRecorder"/>) as each logs them. The first hidden run
    /// freezes its suite. Attempts are counted from the judge's ledger (failed hidden runs since the suite was last
    /// locked); once <c>max_goodhart_attempts</c> are spent, or when the ledger was altered, a hidden suite is not run
    /// at all and its run discloses nothing but the refusal.
    /// </summary>
    /// <remarks>
    /// Certify passes its <paramref name="snapshot"/>: every judged input is then read from it, and it has frozen the
    /// hidden suites before taking it (a freeze during the runs would be a change the snapshot refuses).
    /// </remarks>
    internal async Task<IReadOnlyList<SuiteRun>> RunEverythingAsync(Project project, JudgeLayout judge, JudgedSnapshot? snapshot, SuiteReads reads, RunOptions options, CancellationToken cancellationToken)
    {
        var sources = snapshot?.Judge ?? judge;
        if (snapshot is null)
        {
            await FreezeHiddenAsync(project, judge, reads, cancellationToken);
        }

        var hiddenIds = sources.Components(SuiteKind.Hidden);

        var record = await ledger.ReadAsync(judge, cancellationToken);
        var refused = new Dictionary<string, SuiteRun>(StringComparer.Ordinal);
        var attempts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in hiddenIds)
        {
            attempts[id] = FailedAttempts(record.Entries, id);
            if (HiddenRefusal(project, record, id, attempts[id]) is { } refusal)
            {
                refused[id] = refusal;
            }
        }

        var targets = sources.Components(SuiteKind.Visible).Select(id => (id, SuiteKind.Visible))
            .Concat(hiddenIds.Where(id => !refused.ContainsKey(id)).Select(id => (id, SuiteKind.Hidden))).ToList();
        var raw = await executor.RunAsync(project, judge, targets, snapshot, reads, options, cancellationToken);
        var runs = new List<SuiteRun>(raw.Count + refused.Count);
        foreach (var run in raw)
        {
            if (run.Kind == SuiteKind.Visible)
            {
                runs.Add(run);
                continue;
            }

            runs.Add(await RedactAsync(sources, reads, run, attempts[run.ComponentId], cancellationToken));
        }

        runs.AddRange(refused.Values);
        return runs;
    }

    /// <summary>
    /// One component's hidden suite alone, for the tie of a competitive round (<c>pact run</c> with
    /// competitive_implementations): the same freeze, attempt accounting and redaction as polish, recorded as a polish
    /// run is, so a failed run spends one of the component's max_goodhart_attempts like any other.
    /// </summary>
    public async Task<CommandResult<JudgeReport>> HiddenAsync(string directory, string componentId, RunOptions options, CancellationToken cancellationToken)
    {
        var (project, judge, failure) = await OpenAsync(directory, PolishCommand, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (!judge.Components(SuiteKind.Hidden).Contains(componentId))
        {
            return CommandResults.Fail<JudgeReport>(PolishCommand, Outcome.NotFound, new Diagnostic { Rule = "suite.none_locked", Pointer = "/component_id", Message = $"'{componentId}' has no hidden suite", Fix = $"the auditor locks one with `pact goodhart {project.Layout.Root} {componentId} --file hidden.json`" });
        }

        var reads = vault.ForOneCall();
        await FreezeHiddenAsync(project, judge, reads, cancellationToken);
        var record = await ledger.ReadAsync(judge, cancellationToken);
        var attempts = FailedAttempts(record.Entries, componentId);
        IReadOnlyList<SuiteRun> runs = HiddenRefusal(project, record, componentId, attempts) is { } refusal
            ? [refusal]
            : [.. await Task.WhenAll((await executor.RunAsync(project, judge, [(componentId, SuiteKind.Hidden)], null, reads, options, cancellationToken)).Select(run => RedactAsync(judge, reads, run, attempts, cancellationToken)))];
        await recorder.RecordAsync(judge, PolishCommand, runs, project.Layout, cancellationToken);
        return Report(PolishCommand, project.Layout, runs, [], []);
    }

    /// <summary>The project and its judge layout, or the refusal: a project that does not open, or whose authority was re-pointed.</summary>
    private async Task<(Project Project, JudgeLayout Judge, CommandResult<JudgeReport>? Failure)> OpenAsync(string directory, string command, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return (null!, null!, CommandResults.Fail<JudgeReport>(command, outcome, diagnostics));
        }

        var judge = new JudgeLayout(project.Layout, project.Config);
        return AuthorityRecords.Check(judge).Problem is { } repointed
            ? (project, judge, CommandResults.Fail<JudgeReport>(command, Outcome.Invalid, repointed))
            : (project, judge, null);
    }

    /// <summary>Why a hidden suite may not run now (its attempts spent, the ledger broken), or null when it may.</summary>
    private static SuiteRun? HiddenRefusal(Project project, JudgeLedger.Contents record, string id, int attempts)
    {
        if (record.Problem is not null || record.Entries.Count == 0)
        {
            // A hidden suite has run (its freeze is in the ledger) unless the ledger is gone: an empty one is a deleted one.
            return Refusal(id, JudgeLedger.BrokenRule, record.Problem is null ? "hidden suite: not run, the judge's ledger is missing though hidden suites have run (deleting it would reset the attempts)." : "hidden suite: not run, the judge's ledger was altered.");
        }

        return attempts >= project.Config.MaxGoodhartAttempts
            ? Refusal(id, ExhaustedRule, $"hidden suite: not run, its {project.Config.MaxGoodhartAttempts} attempt(s) (max_goodhart_attempts) are spent; nothing more is disclosed until the auditor changes the hidden suite.")
            : null;
    }

    /// <summary>A hidden run as the implementer may see it: counts and the graduated hint of attempt <paramref name="attempts"/> + 1.</summary>
    private async Task<SuiteRun> RedactAsync(JudgeLayout sources, SuiteReads reads, SuiteRun run, int attempts, CancellationToken cancellationToken)
    {
        var (hidden, _) = await reads.ReadAsync(sources, run.ComponentId, SuiteKind.Hidden, cancellationToken);
        var contract = await store.ReadAsync(sources.Project, sources.Project.ContractJson(run.ComponentId), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
        return hidden is null ? Disclosure.Counts(run) : Disclosure.Redact(run, hidden.Suite, contract?.Value, attempts + 1);
    }

    /// <summary>Failed hidden runs of the component since its hidden suite was last locked or unfrozen.</summary>
    private static int FailedAttempts(IReadOnlyList<LedgerEntry> entries, string componentId)
    {
        var count = 0;
        foreach (var entry in entries.Where(e => e.ComponentId == componentId && e.Kind == SuiteKind.Hidden))
        {
            count = entry.Action is AuditActions.GoodhartLock or AuditActions.Unfreeze ? 0 : entry.Action == AuditActions.HiddenFailed ? count + 1 : count;
        }

        return count;
    }

    /// <summary>
    /// A run that happened, as opposed to one the judge refused for its own reasons; a run that failed with a rule of
    /// its own (judge.type_violation) happened and counts as an attempt like any other failure.
    /// </summary>

    private static SuiteRun Refusal(string componentId, string rule, string message) =>
        new() { ComponentId = componentId, Kind = SuiteKind.Hidden, Status = SuiteStatus.Refused, Rule = rule, Message = message };

    /// <summary>Views that differ from their masters; each becomes a tamper event in the audit log.</summary>
    internal async Task<IReadOnlyList<TamperFinding>> CheckViewsAsync(Project project, JudgeLayout judge, IReadOnlyList<string> ids, SuiteReads reads, CancellationToken cancellationToken)
    {
        var findings = new List<TamperFinding>();
        foreach (var id in ids)
        {
            var (locked, problem) = await reads.ReadAsync(judge, id, SuiteKind.Visible, cancellationToken);
            if (problem is not null)
            {
                findings.Add(new TamperFinding { ComponentId = id, File = problem.File ?? "", Problem = "master_corrupt" });
            }
            else if (locked is not null)
            {
                findings.AddRange(vault.CompareViews(judge, locked.Suite));
            }
        }

        foreach (var group in findings.GroupBy(f => f.ComponentId))
        {
            var detail = "tamper: " + string.Join(", ", group.Select(f => $"{f.File} {f.Problem}")) + "; the judge ran the master (restore views with `pact sync`)";
            if (await store.CommitLoggedAsync(project.Layout, AuditActions.Tamper, detail, [], cancellationToken, group.Key) is { } committed)
            {
                // In the live ledger (certify passes its snapshot's layout as judge), so the history survives the project log.
                await ledger.AppendAsync(new JudgeLayout(project.Layout, project.Config), new LedgerEntry { Action = AuditActions.Tamper, ComponentId = group.Key, Detail = detail, Log = committed.Logged }, cancellationToken);
            }
        }

        return findings;
    }

    /// <summary>The tamper scan of the components run and their dependencies, with the auditor's decisions.</summary>
    /// <param name="project">The opened project (its configuration names the interpreters).</param>
    /// <param name="judge">Where the judge's ledger with the decisions is (the live audit directory).</param>
    /// <param name="sources">Where the implementation files are read: the project, or certify's snapshot.</param>
    /// <param name="ids">The components run; their dependencies are scanned too.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    internal async Task<IReadOnlyList<ImplementationFinding>> ScanAsync(Project project, JudgeLayout judge, JudgeLayout sources, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var components = new List<string>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            components.AddRange((await executor.DependencyClosureAsync(sources.Project, id, cancellationToken)).Ids);
        }

        return await scanner.ReviewAsync(judge, sources.Project, [.. components.Distinct(StringComparer.Ordinal)], project.Config, cancellationToken);
    }

    private static CommandResult<JudgeReport> Report(string command, ProjectLayout layout, IReadOnlyList<SuiteRun> runs, IReadOnlyList<TamperFinding> tamper, IReadOnlyList<ImplementationFinding> findings)
    {
        var allPassed = runs.Count > 0 && runs.All(r => r.Status == SuiteStatus.Passed) && tamper.Count == 0;
        var report = new JudgeReport { ProjectDir = layout.Root, Runs = runs, Tamper = tamper, Findings = findings, AllPassed = allPassed };
        var problems = tamper.Select(t => new Diagnostic
        {
            Rule = "judge.tamper",
            File = t.File,
            Message = t.Problem switch
            {
                "missing" => $"the view {t.File} was deleted; the judge ran the locked master instead",
                "symbolic link" => $"the view {t.File} is a symbolic link (Pact follows none); the judge ran the locked master instead",
                "edited" => $"the view {t.File} differs from its locked master; the judge ran the master, not the edited view",
                _ => $"the locked master of '{t.ComponentId}' does not match its lock hash",
            },
            Fix = $"restore the views with `pact sync {layout.Root}`; to change tests, submit an amendment with `pact tests`",
        }).ToList();
        // Warnings here: the run stands, but certify refuses until the auditor decided each one.
        problems.AddRange(findings.Where(f => f.Verdict != ImplementationFinding.Allowed).Select(f => new Diagnostic
        {
            Rule = f.Rule,
            Severity = Severity.Warning,
            File = f.File,
            Line = f.Line,
            Message = $"{f.ComponentId}: {f.Message}" + (f.Verdict == ImplementationFinding.Refused ? $" (refused by the auditor: {f.Reason})" : " (pending: `pact certify` refuses until the auditor adjudicates it)"),
            Fix = f.Fix,
        }));
        problems.AddRange(runs.Where(r => r.Status != SuiteStatus.Passed).Select(r => new Diagnostic
        {
            Rule = r.Rule.Length > 0 ? r.Rule : $"judge.{r.Status.ToString().ToLowerInvariant()}",
            Message = $"{r.ComponentId} ({r.Kind.ToString().ToLowerInvariant()}): {r.Message}",
        }));
        return allPassed ? CommandResults.Ok(command, report, problems) : new CommandResult<JudgeReport> { Command = command, Outcome = Outcome.Invalid, Data = report, Diagnostics = problems };
    }
}
