namespace Pact.Engine.Judge.Suites;

/// <summary>
/// <c>pact freeze</c>, <c>pact unfreeze</c> (logged, with a reason) and <c>pact sync</c> (views restored from masters).
/// Hidden suites freeze like visible ones (the first hidden run freezes them); unfreezing one is an audit-side
/// decision (<c>--hidden</c>), whose reason goes only to the judge's ledger in the audit directory.
/// </summary>
public sealed class SuiteStateService(ProjectStore store, SuiteVault vault, JudgeLedger ledger)
{
    // Each is logged under its command's name.
    public const string FreezeCommand = AuditActions.Freeze;
    public const string UnfreezeCommand = AuditActions.Unfreeze;
    public const string SyncCommand = AuditActions.Sync;

    public async Task<CommandResult<FreezeReport>> FreezeAsync(string directory, IReadOnlyList<string> componentIds, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<FreezeReport>(FreezeCommand, outcome, diagnostics);
        }

        if (ComponentIds.Check(componentIds) is { Count: > 0 } badIds)
        {
            return CommandResults.Fail<FreezeReport>(FreezeCommand, Outcome.Invalid, badIds);
        }

        var judge = new JudgeLayout(project.Layout, project.Config);
        var (changed, problems) = await FreezeLocksAsync(judge, componentIds, vault.ForOneCall(), cancellationToken);
        if (problems.Count > 0)
        {
            return CommandResults.Fail<FreezeReport>(FreezeCommand, Outcome.NotFound, problems);
        }

        if (changed.Count > 0)
        {
            if (await store.CommitLoggedAsync(project.Layout, AuditActions.Freeze, $"froze {string.Join(", ", changed.Select(c => c.Component))}", [.. changed.Select(c => c.Write)], cancellationToken) is not { } committed)
            {
                return CommandResults.Fail<FreezeReport>(FreezeCommand, Outcome.Busy, store.Busy(project.Layout));
            }

            await LedgerFreezeAsync(judge, changed, SuiteKind.Visible, committed.Logged, cancellationToken);
        }

        return CommandResults.Ok(FreezeCommand, new FreezeReport { Action = AuditActions.Freeze, Components = [.. changed.Select(c => c.Component)] });
    }

    /// <summary>Stages a frozen lock for each named (or every) suite of <paramref name="kind"/> not frozen yet. Used by freeze and by the first test or hidden run.</summary>
    internal async Task<(IReadOnlyList<(string Component, StagedWrite Write)> Changed, IReadOnlyList<Diagnostic> Problems)> FreezeLocksAsync(JudgeLayout judge, IReadOnlyList<string> componentIds, SuiteReads reads, CancellationToken cancellationToken, SuiteKind kind = SuiteKind.Visible)
    {
        var changed = new List<(string, StagedWrite)>();
        var problems = new List<Diagnostic>();
        foreach (var id in componentIds.Count > 0 ? componentIds : judge.Components(kind))
        {
            var (locked, problem) = await reads.ReadAsync(judge, id, kind, cancellationToken);
            if (locked is null)
            {
                problems.Add(problem ?? NoSuite(id));
            }
            else if (!locked.Lock.Frozen)
            {
                changed.Add((id, vault.StageLock(judge, locked.Lock with { Frozen = true, FrozenAt = vault.Now() })));
            }
        }

        return (changed, problems);
    }

    /// <summary>Records freezes in the judge's ledger (after the project commit that wrote the locks, logged as <paramref name="logged"/>).</summary>
    internal async Task LedgerFreezeAsync(JudgeLayout judge, IReadOnlyList<(string Component, StagedWrite Write)> changed, SuiteKind kind, LoggedEvent logged, CancellationToken cancellationToken)
    {
        foreach (var (component, _) in changed)
        {
            await ledger.AppendAsync(judge, new LedgerEntry { Action = AuditActions.Freeze, ComponentId = component, Kind = kind, Detail = $"froze the {Name(kind)} suite", Log = logged }, cancellationToken);
        }
    }

    public async Task<CommandResult<FreezeReport>> UnfreezeAsync(string directory, string componentId, string reason, CancellationToken cancellationToken, SuiteKind kind = SuiteKind.Visible)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<FreezeReport>(UnfreezeCommand, outcome, diagnostics);
        }

        if (ComponentIds.Check(componentId) is { } badId)
        {
            return CommandResults.Fail<FreezeReport>(UnfreezeCommand, Outcome.Invalid, badId);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandResults.Fail<FreezeReport>(UnfreezeCommand, Outcome.Invalid, new Diagnostic { Rule = "unfreeze.reason_required", Message = "unfreezing a suite needs a reason; it goes to the audit log", Fix = "pass --reason \"why the locked tests must change\"" });
        }

        var judge = new JudgeLayout(project.Layout, project.Config);
        if (kind == SuiteKind.Hidden && judge.AuditDir is null)
        {
            return CommandResults.Fail<FreezeReport>(UnfreezeCommand, Outcome.Invalid, new Diagnostic { Rule = "audit.not_initialized", Message = "hidden suites live only in an audit directory, and this project has none", Fix = "run `pact audit-init <dir> --audit-dir <path outside the project>` first" });
        }

        var (locked, problem) = await vault.ReadAsync(judge, componentId, kind, cancellationToken);
        if (locked is null)
        {
            return CommandResults.Fail<FreezeReport>(UnfreezeCommand, Outcome.NotFound, problem ?? NoSuite(componentId, kind));
        }

        var write = vault.StageLock(judge, locked.Lock with { Frozen = false, FrozenAt = "" });
        // A hidden suite's reason can describe its probes: it goes to the ledger in the audit directory only.
        var detail = kind == SuiteKind.Visible ? $"unfroze the visible suite: {reason.Trim()}" : "unfroze the hidden suite (an audit-side decision; the reason is in the judge's ledger)";
        if (await store.CommitLoggedAsync(project.Layout, AuditActions.Unfreeze, detail, [write], cancellationToken, componentId) is not { } committed)
        {
            return CommandResults.Fail<FreezeReport>(UnfreezeCommand, Outcome.Busy, store.Busy(project.Layout));
        }

        await ledger.AppendAsync(judge, new LedgerEntry { Action = AuditActions.Unfreeze, ComponentId = componentId, Kind = kind, Detail = $"unfroze the {Name(kind)} suite: {reason.Trim()}", Log = committed.Logged }, cancellationToken);
        return CommandResults.Ok(UnfreezeCommand, new FreezeReport { Action = AuditActions.Unfreeze, Components = [componentId] });
    }

    public async Task<CommandResult<FreezeReport>> SyncAsync(string directory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<FreezeReport>(SyncCommand, outcome, diagnostics);
        }

        var judge = new JudgeLayout(project.Layout, project.Config);
        var writes = new List<StagedWrite>();
        var problems = new List<Diagnostic>();
        var restored = new List<string>();
        foreach (var id in judge.Components(SuiteKind.Visible))
        {
            var (locked, problem) = await vault.ReadAsync(judge, id, SuiteKind.Visible, cancellationToken);
            if (locked is null)
            {
                problems.Add(problem!);
                continue;
            }

            if (vault.CompareViews(judge, locked.Suite).Count > 0)
            {
                restored.Add(id);
            }

            writes.AddRange(vault.View(project.Layout, locked.Suite));
        }

        if (problems.Count > 0)
        {
            return CommandResults.Fail<FreezeReport>(SyncCommand, Outcome.Invalid, problems);
        }

        var files = await store.CommitAsync(project.Layout, AuditActions.Sync, restored.Count == 0 ? "views already match their masters" : $"restored views of {string.Join(", ", restored)} from their masters", writes, cancellationToken);
        return files is null
            ? CommandResults.Fail<FreezeReport>(SyncCommand, Outcome.Busy, store.Busy(project.Layout))
            : CommandResults.Ok(SyncCommand, new FreezeReport { Action = AuditActions.Sync, Components = restored, Files = files });
    }

    private static Diagnostic NoSuite(string id, SuiteKind kind = SuiteKind.Visible) => new() { Rule = "suite.not_locked", Message = $"component '{id}' has no locked {Name(kind)} suite", Fix = kind == SuiteKind.Visible ? $"lock one with `pact tests <dir> {id} --file suite.json`" : $"lock one with `pact goodhart <dir> {id} --file suite.json`" };

    private static string Name(SuiteKind kind) => kind == SuiteKind.Visible ? "visible" : "hidden";
}
