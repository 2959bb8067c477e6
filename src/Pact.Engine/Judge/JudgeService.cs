using Pact.Audit;
using Pact.Diagnostics;
using Pact.Engine.Projects;
using Pact.Engine.Storage;
using Pact.Judge;
using Pact.Projects;
using Pact.Schemas;
using Pact.Serialization;

namespace Pact.Engine.Judge;

/// <summary>
/// <c>pact test</c> (visible masters; the first run freezes them) and <c>pact polish</c> (hidden suites with
/// graduated hints, plus a regression run of every visible suite). Views are compared with their masters on every
/// run; a missing or edited view is a tamper event in the audit log and in the result, and the master runs anyway.
/// </summary>
public sealed class JudgeService(ProjectStore store, SuiteVault vault, SuiteExecutor executor, SuiteStateService states)
{
    public const string HiddenFailedAction = "polish.hidden_failed";

    public async Task<CommandResult<JudgeReport>> TestAsync(string directory, IReadOnlyList<string> componentIds, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<JudgeReport>("test", outcome, diagnostics);
        }

        if (ComponentIds.Check(componentIds) is { Count: > 0 } badIds)
        {
            return CommandResults.Fail<JudgeReport>("test", Outcome.Invalid, badIds);
        }

        var judge = new JudgeLayout(project.Layout, project.Config);
        var ids = componentIds.Count > 0 ? componentIds : judge.Components(SuiteKind.Visible);
        if (ids.Count == 0)
        {
            return CommandResults.Fail<JudgeReport>("test", Outcome.NotFound, new Diagnostic { Rule = "suite.none_locked", Message = "no component has a locked visible suite", Fix = $"lock suites with `pact tests {project.Layout.Root} <cid> --file suite.json`" });
        }

        var (frozen, missing) = await states.FreezeLocksAsync(judge, ids, cancellationToken);
        if (missing.Count > 0)
        {
            return CommandResults.Fail<JudgeReport>("test", Outcome.NotFound, missing);
        }

        if (frozen.Count > 0 && await store.CommitAsync(project.Layout, "freeze", $"first test run froze {string.Join(", ", frozen.Select(f => f.Component))}", [.. frozen.Select(f => f.Write)], cancellationToken) is null)
        {
            return CommandResults.Fail<JudgeReport>("test", Outcome.Busy, store.Busy(project.Layout));
        }

        var tamper = await CheckViewsAsync(project, judge, ids, cancellationToken);
        var runs = await executor.RunAsync(project, judge, [.. ids.Select(id => (id, SuiteKind.Visible))], null, cancellationToken);
        await LogRunsAsync(project.Layout, "test", runs, cancellationToken);
        return Report("test", project.Layout, runs, tamper);
    }

    public async Task<CommandResult<JudgeReport>> PolishAsync(string directory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<JudgeReport>("polish", outcome, diagnostics);
        }

        var judge = new JudgeLayout(project.Layout, project.Config);
        var visible = judge.Components(SuiteKind.Visible);
        var tamper = await CheckViewsAsync(project, judge, visible, cancellationToken);
        var runs = await RunEverythingAsync(project, judge, null, cancellationToken);
        await LogRunsAsync(project.Layout, "polish", runs, cancellationToken);
        return Report("polish", project.Layout, runs, tamper);
    }

    /// <summary>Every visible suite and every hidden one (hidden runs redacted). Used by polish and certify (which passes its snapshot: every judged input is read from it).</summary>
    internal async Task<IReadOnlyList<SuiteRun>> RunEverythingAsync(Project project, JudgeLayout judge, JudgedSnapshot? snapshot, CancellationToken cancellationToken)
    {
        var sources = snapshot?.Judge ?? judge;
        var targets = sources.Components(SuiteKind.Visible).Select(id => (id, SuiteKind.Visible))
            .Concat(sources.Components(SuiteKind.Hidden).Select(id => (id, SuiteKind.Hidden))).ToList();
        var raw = await executor.RunAsync(project, judge, targets, snapshot, cancellationToken);
        var (events, _) = await AuditLog.ReadAsync(project.Layout.AuditLog, cancellationToken);
        var runs = new List<SuiteRun>(raw.Count);
        foreach (var run in raw)
        {
            if (run.Kind == SuiteKind.Visible)
            {
                runs.Add(run);
                continue;
            }

            var (hidden, _) = await vault.ReadAsync(sources, run.ComponentId, SuiteKind.Hidden, cancellationToken);
            var contract = await store.ReadAsync(sources.Project, sources.Project.ContractJson(run.ComponentId), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
            var attempt = 1 + events.Count(e => e.Action == HiddenFailedAction && e.ComponentId == run.ComponentId);
            runs.Add(hidden is null ? run with { Failures = [] } : Disclosure.Redact(run, hidden.Suite, contract?.Value, attempt));
        }

        return runs;
    }

    /// <summary>Views that differ from their masters; each becomes a tamper event in the audit log.</summary>
    internal async Task<IReadOnlyList<TamperFinding>> CheckViewsAsync(Project project, JudgeLayout judge, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var findings = new List<TamperFinding>();
        foreach (var id in ids)
        {
            var (locked, problem) = await vault.ReadAsync(judge, id, SuiteKind.Visible, cancellationToken);
            if (problem is not null)
            {
                findings.Add(new TamperFinding { ComponentId = id, File = problem.File ?? "", Problem = "master_corrupt" });
            }
            else if (locked is not null)
            {
                findings.AddRange(SuiteVault.CompareViews(judge, locked.Suite));
            }
        }

        foreach (var group in findings.GroupBy(f => f.ComponentId))
        {
            var detail = "tamper: " + string.Join(", ", group.Select(f => $"{f.File} {f.Problem}")) + "; the judge ran the master (restore views with `pact sync`)";
            await store.CommitAsync(project.Layout, "tamper", detail, [], cancellationToken, group.Key);
        }

        return findings;
    }

    private async Task LogRunsAsync(ProjectLayout layout, string command, IReadOnlyList<SuiteRun> runs, CancellationToken cancellationToken)
    {
        foreach (var run in runs.Where(r => r.Kind == SuiteKind.Hidden && r.Status != SuiteStatus.Passed))
        {
            await store.CommitAsync(layout, HiddenFailedAction, $"hidden suite {run.Status.ToString().ToLowerInvariant()}: {run.Failed + run.Errors} of {run.Total} failed; hint level {run.HintLevel} given", [], cancellationToken, run.ComponentId);
        }

        var passed = runs.Count(r => r.Status == SuiteStatus.Passed);
        await store.CommitAsync(layout, command, $"{passed} of {runs.Count} suites passed", [], cancellationToken, runs: [.. runs.Select(AuditRun.Of)]);
    }

    private static CommandResult<JudgeReport> Report(string command, ProjectLayout layout, IReadOnlyList<SuiteRun> runs, IReadOnlyList<TamperFinding> tamper)
    {
        var allPassed = runs.Count > 0 && runs.All(r => r.Status == SuiteStatus.Passed) && tamper.Count == 0;
        var report = new JudgeReport { ProjectDir = layout.Root, Runs = runs, Tamper = tamper, AllPassed = allPassed };
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
        problems.AddRange(runs.Where(r => r.Status != SuiteStatus.Passed).Select(r => new Diagnostic
        {
            Rule = $"judge.{r.Status.ToString().ToLowerInvariant()}",
            Message = $"{r.ComponentId} ({r.Kind.ToString().ToLowerInvariant()}): {r.Message}",
        }));
        return allPassed ? CommandResults.Ok(command, report, problems) : new CommandResult<JudgeReport> { Command = command, Outcome = Outcome.Invalid, Data = report, Diagnostics = problems };
    }
}
