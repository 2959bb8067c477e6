using Pact.Diagnostics;
using Pact.Engine.Projects;
using Pact.Engine.Storage;
using Pact.Judge;
using Pact.Projects;

namespace Pact.Engine.Judge;

/// <summary><c>pact freeze</c>, <c>pact unfreeze</c> (logged, with a reason) and <c>pact sync</c> (views restored from masters).</summary>
public sealed class SuiteStateService(ProjectStore store, SuiteVault vault)
{
    public async Task<CommandResult<FreezeReport>> FreezeAsync(string directory, IReadOnlyList<string> componentIds, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<FreezeReport>("freeze", outcome, diagnostics);
        }

        if (ComponentIds.Check(componentIds) is { Count: > 0 } badIds)
        {
            return CommandResults.Fail<FreezeReport>("freeze", Outcome.Invalid, badIds);
        }

        var judge = new JudgeLayout(project.Layout, project.Config);
        var (changed, problems) = await FreezeLocksAsync(judge, componentIds, cancellationToken);
        if (problems.Count > 0)
        {
            return CommandResults.Fail<FreezeReport>("freeze", Outcome.NotFound, problems);
        }

        if (changed.Count > 0 && await store.CommitAsync(project.Layout, "freeze", $"froze {string.Join(", ", changed.Select(c => c.Component))}", [.. changed.Select(c => c.Write)], cancellationToken) is null)
        {
            return CommandResults.Fail<FreezeReport>("freeze", Outcome.Busy, store.Busy(project.Layout));
        }

        return CommandResults.Ok("freeze", new FreezeReport { Action = "freeze", Components = [.. changed.Select(c => c.Component)] });
    }

    /// <summary>Stages a frozen lock for each named (or every) visible suite not frozen yet. Used by freeze and by the first test run.</summary>
    internal async Task<(IReadOnlyList<(string Component, StagedWrite Write)> Changed, IReadOnlyList<Diagnostic> Problems)> FreezeLocksAsync(JudgeLayout judge, IReadOnlyList<string> componentIds, CancellationToken cancellationToken)
    {
        var changed = new List<(string, StagedWrite)>();
        var problems = new List<Diagnostic>();
        foreach (var id in componentIds.Count > 0 ? componentIds : judge.Components(SuiteKind.Visible))
        {
            var (locked, problem) = await vault.ReadAsync(judge, id, SuiteKind.Visible, cancellationToken);
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

    public async Task<CommandResult<FreezeReport>> UnfreezeAsync(string directory, string componentId, string reason, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<FreezeReport>("unfreeze", outcome, diagnostics);
        }

        if (ComponentIds.Check(componentId) is { } badId)
        {
            return CommandResults.Fail<FreezeReport>("unfreeze", Outcome.Invalid, badId);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandResults.Fail<FreezeReport>("unfreeze", Outcome.Invalid, new Diagnostic { Rule = "unfreeze.reason_required", Message = "unfreezing a suite needs a reason; it goes to the audit log", Fix = "pass --reason \"why the locked tests must change\"" });
        }

        var judge = new JudgeLayout(project.Layout, project.Config);
        var (locked, problem) = await vault.ReadAsync(judge, componentId, SuiteKind.Visible, cancellationToken);
        if (locked is null)
        {
            return CommandResults.Fail<FreezeReport>("unfreeze", Outcome.NotFound, problem ?? NoSuite(componentId));
        }

        var write = vault.StageLock(judge, locked.Lock with { Frozen = false, FrozenAt = "" });
        return await store.CommitAsync(project.Layout, "unfreeze", $"unfroze the visible suite: {reason.Trim()}", [write], cancellationToken, componentId) is null
            ? CommandResults.Fail<FreezeReport>("unfreeze", Outcome.Busy, store.Busy(project.Layout))
            : CommandResults.Ok("unfreeze", new FreezeReport { Action = "unfreeze", Components = [componentId] });
    }

    public async Task<CommandResult<FreezeReport>> SyncAsync(string directory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<FreezeReport>("sync", outcome, diagnostics);
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

            if (SuiteVault.CompareViews(judge, locked.Suite).Count > 0)
            {
                restored.Add(id);
            }

            writes.AddRange(SuiteFiles.View(project.Layout, locked.Suite));
        }

        if (problems.Count > 0)
        {
            return CommandResults.Fail<FreezeReport>("sync", Outcome.Invalid, problems);
        }

        var files = await store.CommitAsync(project.Layout, "sync", restored.Count == 0 ? "views already match their masters" : $"restored views of {string.Join(", ", restored)} from their masters", writes, cancellationToken);
        return files is null
            ? CommandResults.Fail<FreezeReport>("sync", Outcome.Busy, store.Busy(project.Layout))
            : CommandResults.Ok("sync", new FreezeReport { Action = "sync", Components = restored, Files = files });
    }

    private static Diagnostic NoSuite(string id) => new() { Rule = "suite.not_locked", Message = $"component '{id}' has no locked visible suite", Fix = $"lock one with `pact tests <dir> {id} --file suite.json`" };
}
