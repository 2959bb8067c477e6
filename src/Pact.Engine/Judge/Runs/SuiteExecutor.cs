using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Isolation;
using Pact.Engine.Judge.Suites;

namespace Pact.Engine.Judge.Runs;

/// <summary>
/// Runs locked suites against the implementations: per suite a fresh sandbox, the component's and its
/// dependencies' code bound in read-only (or, unconfined, copied; no symlinks, no runner configs: <see cref="SourceBinder"/>), the master's test code, the language's real
/// runner, and the verdict read from the runner's report, cross-checked against Pact's own reporter, the locked
/// suite and the run's canaries (<see cref="ReportCrossCheck"/>). Suites run in parallel, <c>workers</c> at a time.
/// The judged inputs (masters, contracts, src/) come from the live project, or for certify from a
/// <see cref="JudgedSnapshot"/>, so a change to the project while the suites run cannot reach a sandbox.
/// </summary>
public sealed class SuiteExecutor(Languages.LanguageRegistry languages, ProjectStore store, SandboxIsolation isolation, Toolchain.ToolchainProbe probe, TimeProvider time)
{
    /// <summary>
    /// Runs <paramref name="targets"/>; the judged inputs come from <paramref name="snapshot"/> for certify, else from the
    /// live project through <paramref name="judge"/>. Each finished suite is reported to <paramref name="options"/>' progress
    /// (counts only: a hidden run's cases are redacted later, its numbers are all it shows here too).
    /// </summary>
    public async Task<IReadOnlyList<SuiteRun>> RunAsync(Project project, JudgeLayout judge, IReadOnlyList<(string ComponentId, SuiteKind Kind)> targets, JudgedSnapshot? snapshot, SuiteReads reads, RunOptions options, CancellationToken cancellationToken)
    {
        // Probed before every batch, never assumed: what worked yesterday may not work in today's container.
        var choice = await isolation.ProbeAsync(project.Config.IsolationInForce, cancellationToken);
        if (!choice.Report.CanRun)
        {
            var why = string.Join("; ", choice.Report.Checks.Where(c => c.Level.IsIsolated() && !c.Available).Select(c => c.Detail).Distinct(StringComparer.Ordinal));
            return [.. targets.Select(t => Verdict.Refused(t.ComponentId, t.Kind, $"judge.isolation_unavailable: this project requires isolation (pact.yaml `isolation: required`, the default on Linux) and none works here: {why}. The code under test would see everything this user can, so it is not run. Install bubblewrap, or set `isolation: preferred` to run unconfined (certification then needs --allow-unisolated and says so)."))];
        }

        var masked = Masked(judge, snapshot);
        var results = new SuiteRun[targets.Count];
        var done = 0;
        var timeout = options.Timeout ?? TimeSpan.FromSeconds(Math.Max(1, project.Config.TestTimeoutSeconds));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, project.Config.Workers ?? Environment.ProcessorCount), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), parallel, async (i, token) =>
        {
            results[i] = await RunOneAsync(project, snapshot?.Judge ?? judge, reads, targets[i].ComponentId, targets[i].Kind, strict: snapshot is not null, choice, masked, timeout, token);
            var run = results[i];
            options.Progress?.Report(new SuiteProgressEvent(run.ComponentId, run.Kind, run.Status, run.Passed, run.Total, Interlocked.Increment(ref done)));
        });
        return results;
    }

    /// <summary>
    /// One suite. Masters, contracts and src/ are read only through <paramref name="sources"/>; with
    /// <paramref name="strict"/> (certify) anything in src/ that is not source refuses the run instead of being left out.
    /// The run is confined as <paramref name="choice"/> says, with <paramref name="masked"/> hidden from it.
    /// </summary>
    private async Task<SuiteRun> RunOneAsync(Project project, JudgeLayout sources, SuiteReads reads, string componentId, SuiteKind kind, bool strict, IsolationChoice choice, IReadOnlyList<string> masked, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var (locked, problem) = await reads.ReadAsync(sources, componentId, kind, cancellationToken);
        if (locked is null)
        {
            return Verdict.Refused(componentId, kind, problem?.Message ?? $"'{componentId}' has no locked {kind.ToString().ToLowerInvariant()} suite");
        }

        var language = languages.Find(locked.Suite.TestLanguage);
        if (language is null)
        {
            return Verdict.Error(componentId, kind, $"no runner for {locked.Suite.TestLanguage} suites (Pact knows {languages.Known})");
        }

        // The language's programs are checked first, so a missing interpreter or compiler is reported as that, with the
        // command that installs it, instead of as a runner that "ended without a report".
        foreach (var entry in language.Tools(project.Config))
        {
            if ((await probe.ProbeAsync(entry, cancellationToken)).Problem is { } missing)
            {
                return Verdict.Error(componentId, kind, $"{DoctorService.MissingRule}: {missing}, so the suite was not run. To fix: {entry.Install}");
            }
        }

        var runner = language.Runner;

        var layout = sources.Project;
        if (!Directory.Exists(layout.ComponentSrcDir(componentId)))
        {
            return Verdict.Error(componentId, kind, $"src/{componentId}/ does not exist: there is no implementation to test");
        }

        var tools = RunnerTools.Locate(runner.Tools(project.Config, project.Layout.Root), masked);
        if (tools.Refusal is not null)
        {
            return Verdict.Refused(componentId, kind, tools.Refusal);
        }

        var (components, contracts) = await DependencyClosureAsync(layout, componentId, cancellationToken);
        var (created, unsafeRoot) = Sandbox.Create(componentId);
        if (created is null)
        {
            return Verdict.Refused(componentId, kind, unsafeRoot!);
        }

        using var sandbox = created;
        // Confined, the sources are bound read-only, never copied: for certify its snapshot (private, hashed, written
        // only by Pact), for a visible run the project's own folders. A hidden run outside certify gets a copy: a live
        // folder could gain a FIFO or socket while it runs, a way out for the hidden suite. Unconfined there is
        // nothing to bind with, so only what the runner imports is copied.
        var confined = choice.Bwrap is not null && choice.Level.IsIsolated();
        using var placed = SourceBinder.Place(layout.Root, components, sandbox, bind: confined && (strict || kind == SuiteKind.Visible), strict, language.Imports, importsOnly: !confined);
        if (placed.Refusal is not null)
        {
            return Verdict.Refused(componentId, kind, placed.Refusal);
        }

        var confinement = SandboxIsolation.Confine(choice, sandbox, tools.ReadOnly, masked, placed.Mounts);
        var skipped = placed.LeftOut;

        Directory.CreateDirectory(sandbox.TestDir(componentId));
        // The reporter channel listens and the canaries are in the test code before the runner starts.
        // The suite's code and its generated part run as one file, their cases judged as one list.
        var runnable = SuiteFiles.Runnable(locked.Suite);
        var (harness, noHarness) = RunHarness.Prepare(sandbox, runnable, language);
        if (harness is null)
        {
            return Verdict.Error(componentId, kind, noHarness!);
        }

        using var owned = harness;
        var request = new RunRequest
        {
            Sandbox = sandbox,
            ComponentId = componentId,
            Components = components,
            Suite = runnable,
            Language = language,
            Config = project.Config,
            Timeout = timeout,
            Confinement = confinement,
            Tools = tools.Paths,
            Contracts = contracts,
        };
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, request.TestFile), harness.TestCode, cancellationToken);
        var outcome = await runner.RunAsync(request, cancellationToken);
        var evidence = await harness.FinishAsync();
        var run = Typed.TypedValues.Apply(Verdict.From(componentId, kind, request, outcome, (long)time.GetElapsedTime(started).TotalMilliseconds, evidence) with { Isolation = confinement.Level }, sandbox);
        if (run.Status != SuiteStatus.Passed && contracts.FirstOrDefault(c => c.ComponentId == componentId) is { } contract
            && language.ImplementationFile(contract) is var expected && !File.Exists(Path.Combine(layout.Root, expected)))
        {
            // The usual cause of a suite that cannot even import the code: it is not where the tests look for it.
            run.Message = (run.Message + $" {expected} does not exist: the tests import the implementation from there (the stub, contracts/{componentId}/interface.{language.StubExtension}, shows what it must define).").Trim();
        }

        if (skipped.Count > 0)
        {
            run.Message = (run.Message + $" Left out of the run as not source (runner configuration, caches, build output; `pact certify` refuses them): {string.Join(", ", skipped)}.").Trim();
        }

        if (placed.NotImported.Count > 0)
        {
            var named = placed.NotImported.Count > 10 ? string.Join(", ", placed.NotImported.Take(10)) + $" and {placed.NotImported.Count - 10} more" : string.Join(", ", placed.NotImported);
            run.Message = (run.Message + $" This run is unconfined (no bubblewrap), so only the files the runner imports were copied into its sandbox, not the other {placed.NotImported.Count} file(s) beside them: {named}. Code that opens them finds nothing; a confined run is shown the whole folder read-only.").Trim();
        }

        return run;
    }

    /// <summary>
    /// What no sandbox may show even when a runtime directory holds it: the project, the audit directory and the
    /// key stores, by real path (a link to them is the same place).
    /// </summary>
    private static IReadOnlyList<string> Masked(JudgeLayout judge, JudgedSnapshot? snapshot)
    {
        var places = new List<string> { judge.Project.Root, SigningKeys.SoloDirectory() };
        if (snapshot is not null)
        {
            places.Add(snapshot.Root);
        }

        if (judge.AuditDir is { } audit)
        {
            places.Add(audit);
        }

        return [.. places.SelectMany(p => new[] { Path.GetFullPath(p), Toolchain.RuntimePath.Real(p) }).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The component and every project component it depends on, transitively (from the contracts' dependencies).</summary>
    internal async Task<(IReadOnlyList<string> Ids, IReadOnlyList<Pact.Contracts.ComponentContract> Contracts)> DependencyClosureAsync(ProjectLayout layout, string componentId, CancellationToken cancellationToken)
    {
        var order = new List<string>();
        var contracts = new List<Pact.Contracts.ComponentContract>();
        var pending = new Queue<string>([componentId]);
        while (pending.Count > 0)
        {
            var id = pending.Dequeue();
            if (order.Contains(id))
            {
                continue;
            }

            order.Add(id);
            var contract = await store.ReadAsync(layout, layout.ContractJson(id), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
            if (contract?.Value is { } value)
            {
                contracts.Add(value);
            }

            foreach (var dependency in contract?.Value?.Dependencies ?? [])
            {
                // A dependency is read from a file the implementer can edit: only a valid id may become a path.
                if (ComponentIds.IsValid(dependency) && Directory.Exists(layout.ComponentSrcDir(dependency)) && Directory.Exists(layout.ContractDir(dependency)))
                {
                    pending.Enqueue(dependency);
                }
            }
        }

        return (order, contracts);
    }
}
