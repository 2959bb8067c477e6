using Pact.Engine.Backends;
using Pact.Engine.Gates;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Suites;
using Pact.Engine.Reviews;
using Pact.Gates.Interview;
using Pact.Pipeline;
using Answering = Pact.Engine.Reviews.ReviewPrompt.Answering;

namespace Pact.Engine.Pipeline;

/// <summary>
/// <c>pact run</c>: Pact drives the project through the same state machine the host agent follows (the step
/// <c>pact status</c> names, <see cref="NextStepRule"/>). Each model step goes to a code-agent backend with the
/// phase's prompt and schema, and its answer is submitted through the very service the MCP tool and CLI command
/// use, so it passes the same gates; each mechanical step (test, polish, certify) is run as the commands run it. The
/// run stops at the plan unless it is told to implement; at a person's gate (an open question, the auditor's step,
/// a review blocker); when the budget is spent; or when a component keeps failing its suites.
/// </summary>
public sealed partial class PipelineRunService(
    ProjectStore store,
    StatusService status,
    PhasePrompts prompts,
    SubmitService submit,
    SuiteLockService suites,
    JudgeService judge,
    CertificationService certification,
    ReviewRunService reviews,
    AgentBackends backends,
    PipelineCalls calls,
    ImplementationRounds rounds,
    LeaseService leases,
    TimeProvider time)
{
    public const string Command = "run";
    public const string BuildCommand = "build";
    public const string ResumeCommand = "resume";

    /// <summary>
    /// Who holds the claims of a Pact-driven run (<c>pact claim</c>'s leases). One name for every run and daemon of a
    /// project, so a daemon restarted after a crash takes its own claims up again instead of waiting for them to lapse.
    /// </summary>
    public const string Holder = "pact run";
    public const int DefaultImplementationAttempts = 3;

    /// <summary>The Python Pact's global defaults: attempts per component in competitive mode, and agents at once.</summary>
    public const int DefaultCompetitors = 2;
    public const int DefaultConcurrentAgents = 4;

    /// <summary>An author whose answer the gates refuse gets it back once with their findings, then the run stops.</summary>
    private const int AuthorAttempts = 2;

    public async Task<CommandResult<PipelineRunReport>> RunAsync(string directory, PipelineRunRequest request, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<PipelineRunReport>(Command, outcome, diagnostics);
        }

        var (run, unknown) = Start(project, request);
        if (run is null)
        {
            return CommandResults.Fail<PipelineRunReport>(Command, Outcome.Invalid, unknown!);
        }

        NextStep? last = null;
        for (var taken = 0; taken < request.MaxSteps; taken++)
        {
            var seen = await status.GetAsync(run.Root, cancellationToken);
            if (!seen.Ok)
            {
                return CommandResults.Fail<PipelineRunReport>(Command, seen.Outcome, seen.Diagnostics);
            }

            last = seen.Data!.Next;
            if (await StepAsync(run, seen.Data.Phase, last, cancellationToken) is { } stop)
            {
                return Remember(run, await ReportAsync(run, stop.Stop, stop.Message, cancellationToken));
            }
        }

        return Remember(run, await ReportAsync(run, PipelineStop.StepLimit, $"{request.MaxSteps} steps taken without finishing (the last was {last?.Tool}): look at the steps, then run again", cancellationToken));
    }

    /// <summary>
    /// <c>pact build DIR CID</c>: the contract stays, the code is cattle. The component's code is moved to
    /// <c>.pact/attempts/CID/archived_TIME/</c> (kept for inspection, never deleted), and the backend implements it
    /// afresh until its visible suite passes or its attempts are spent.
    /// </summary>
    public async Task<CommandResult<PipelineRunReport>> BuildAsync(string directory, string componentId, PipelineRunRequest request, CancellationToken cancellationToken)
    {
        if (ComponentIds.Check([componentId]) is { Count: > 0 } badId)
        {
            return CommandResults.Fail<PipelineRunReport>(BuildCommand, Outcome.Invalid, badId);
        }

        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<PipelineRunReport>(BuildCommand, outcome, diagnostics);
        }

        var layout = project.Layout;
        if (!new Judge.JudgeLayout(layout, project.Config).Components(SuiteKind.Visible).Contains(componentId) || !File.Exists(layout.ContractJson(componentId)))
        {
            return CommandResults.Fail<PipelineRunReport>(BuildCommand, Outcome.NotFound, new Diagnostic
            {
                Rule = "build.not_ready",
                Pointer = "/component_id",
                Message = $"'{componentId}' has no contract or no locked visible suite, so there is nothing to build it against",
                Fix = $"write its contract and suite first (`pact run {layout.Root}` takes the plan that far), or name one of `pact components {layout.Root}`",
            });
        }

        var (run, unknown) = Start(project, request with { Implement = true, PlanOnly = false });
        if (run is null)
        {
            return CommandResults.Fail<PipelineRunReport>(BuildCommand, Outcome.Invalid, unknown!);
        }

        var code = layout.ComponentSrcDir(componentId);
        if (Directory.Exists(code))
        {
            SafePath.Ensure(layout.Root, code);
            var archive = Path.Combine(layout.PactDir, "attempts", componentId, "archived_" + time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
            Directory.Move(code, archive);
            if (await store.CommitAsync(layout, BuildCommand, $"{componentId}: archived its code to {layout.Relative(archive)} before a rebuild", [], cancellationToken, componentId) is null)
            {
                Directory.Move(archive, code);
                return CommandResults.Fail<PipelineRunReport>(BuildCommand, Outcome.Busy, store.Busy(layout));
            }

            run.Add(new PipelineStep { Tool = "pact_build", ComponentId = componentId, State = PipelineStepState.Done, Message = $"archived the old code to {layout.Relative(archive)}" });
        }

        if (await rounds.RunAsync(run, [(componentId, null)], cancellationToken) is { } failed)
        {
            return await ReportAsync(run, failed.Item1, failed.Item2, cancellationToken);
        }

        while (true)
        {
            var tested = await judge.TestAsync(run.Root, [componentId], RunOptions.None, cancellationToken);
            if (tested.Data is { AllPassed: true })
            {
                run.Add(new PipelineStep { Tool = "pact_test", ComponentId = componentId, State = PipelineStepState.Done, Message = $"{tested.Data.Runs.Count} suite(s) passed" });
                return await ReportAsync(run, PipelineStop.Complete, $"'{componentId}' is rebuilt and its visible suite passes (attempt {run.Attempts[componentId]})", cancellationToken);
            }

            if (await JudgeAsync(run, "pact_test", tested, cancellationToken) is { } stop)
            {
                return await ReportAsync(run, stop.Item1, stop.Item2, cancellationToken);
            }
        }
    }

    /// <summary>
    /// A run of <paramref name="project"/> as <paramref name="request"/> and pact.yaml ask, or the refusal of a backend
    /// no one has. Each role's backend and model: the command line's, else role_backends/role_models, else
    /// backend/model; its time limit role_timeouts' (else the request's), times impatience's factor.
    /// </summary>
    private (PipelineRun? Run, IReadOnlyList<Diagnostic>? Unknown) Start(Project project, PipelineRunRequest request)
    {
        var config = project.Config;
        var factor = AgentRoles.Factor(config.Impatience);
        var fallbackName = request.Backend ?? (project.ConfigDocument.ContainsKey("backend") ? config.Backend : ClaudeCodeBackend.BackendName);
        var fallbackModel = request.Model ?? (config.Model.Length > 0 ? config.Model : null);
        var (fallback, team) = backends.Resolve(fallbackName);
        if (fallback is null)
        {
            return (null, [backends.Unknown(fallbackName, "/backend") with { File = request.Backend is null ? "pact.yaml" : null }]);
        }

        var unknown = new List<Diagnostic>();
        var roles = new Dictionary<string, RoleAssignment>(StringComparer.Ordinal);
        foreach (var role in AgentRoles.Acting)
        {
            var named = request.Backend ?? config.RoleBackends.GetValueOrDefault(role);
            var (backend, roleTeam) = named is null ? (fallback, team) : backends.Resolve(named);
            team |= roleTeam && role == AgentRoles.CodeAuthor;
            if (backend is null)
            {
                unknown.Add(backends.Unknown(named!, $"/role_backends/{role}") with { File = "pact.yaml" });
                continue;
            }

            var limit = config.RoleTimeouts.TryGetValue(role, out var seconds) ? TimeSpan.FromSeconds(seconds) : request.CallTimeout;
            roles[role] = new RoleAssignment(backend, request.Model ?? config.RoleModels.GetValueOrDefault(role) ?? fallbackModel, limit * factor);
        }

        if (unknown.Count > 0)
        {
            return (null, unknown);
        }

        // Plan-only (the default) goes on into the code once a person approved the plan as it stands; the approval (and
        // so the plan's fingerprint) is looked at only when nothing else decides.
        var decided = request.Implement ?? (config.PlanOnly == false ? true : null);
        var approval = decided is null ? ApproveService.ReadPlanApproval(project.Layout) : null;
        var approved = approval is not null && PlanFingerprint.Current(approval, new Judge.JudgeLayout(project.Layout, config));
        var competitors = config.CompetitiveImplementations == true ? config.CompetitiveAgents ?? DefaultCompetitors : 1;
        // A team backend for the implementer (claude_code_team) is the parallel lever by another name.
        var parallel = config.ParallelComponents == true || team;
        return (new PipelineRun
        {
            Root = project.Layout.Root,
            Project = project,
            Default = new RoleAssignment(fallback, fallbackModel, request.CallTimeout * factor),
            Roles = roles,
            Implement = !request.PlanOnly && (decided ?? approved),
            StalePlanApproval = approval is not null && !approved ? approval.ApprovedAt : null,
            MaxAttempts = config.MaxImplementationAttempts > 0 ? config.MaxImplementationAttempts : DefaultImplementationAttempts,
            Parallel = parallel,
            Competitors = competitors,
            Concurrency = parallel || competitors > 1 ? config.MaxConcurrentAgents ?? DefaultConcurrentAgents : 1,
            Request = request,
        }, null);
    }

    private async Task<(PipelineStop Stop, string Message)?> StepAsync(PipelineRun run, Pact.State.Phase phase, NextStep next, CancellationToken cancellationToken)
    {
        var layout = run.Project.Layout;
        var id = next.ComponentId;
        switch (next.Tool)
        {
            case "pact_certify" when phase == Pact.State.Phase.Complete:
                return (PipelineStop.Complete, "certified: `pact certify --verify` checks the certificate");
            case "pact_spec_apply":
                return (PipelineStop.Paused, $"task.md is still the template: write the task there (or `pact spec apply {run.Root} build_spec.yaml`), then run again");
            case "pact_interview":
                return await AuthorAsync(run, next, ArtifactKind.Interview, await prompts.InterviewAsync(layout, Answering.Json, cancellationToken),
                    async d => Gate(await submit.InterviewAsync(run.Root, d, answer: null, cancellationToken)), cancellationToken);
            case "pact_shape":
                return await AuthorAsync(run, next, ArtifactKind.Pitch, await prompts.ShapeAsync(layout, Answering.Json, cancellationToken),
                    async d => Gate(await submit.ShapeAsync(run.Root, d, cancellationToken)), cancellationToken);
            case "pact_decompose":
                if (await OpenQuestionsAsync(layout, cancellationToken) is { Count: > 0 } open)
                {
                    return (PipelineStop.Paused, $"the interview has {open.Count} open question(s) only the user can answer ({string.Join("; ", open)}): add the answers to decomposition/interview.json and resubmit it with `pact interview {run.Root} --file …`, or take the interview's assumptions as the answers with `pact approve {run.Root}`; then run again");
                }

                return await AuthorAsync(run, next, ArtifactKind.Decomposition, await prompts.DecomposeAsync(layout, Answering.Json, cancellationToken),
                    async d => Gate(await submit.DecomposeAsync(run.Root, d, cancellationToken)), cancellationToken);
            case "pact_contract" when phase == Pact.State.Phase.Diagnose:
                // A diagnosis put the fault in this contract: amending it is the auditor's, not the run's.
                return WaitFor(next);
            case "pact_contract":
                // A contract naming a dependency without one is refused, and only the contract says what it depends
                // on: such a component waits while the others are written, and is asked again after each new one.
                var ready = (await ContractlessLeavesAsync(layout, cancellationToken)).FirstOrDefault(c => !run.Waiting.Contains(c));
                if (ready is null)
                {
                    return (PipelineStop.Failed, $"every component still without a contract depends on another without one ({string.Join(", ", run.Waiting)}): a dependency cycle the contracts must break; take the step with the host agent (`{next.Command}`)");
                }

                var step = next with { ComponentId = ready, Command = next.Command.Replace($" {id} ", $" {ready} ", StringComparison.Ordinal) };
                return await AuthorAsync(run, step, ArtifactKind.Contract, await prompts.ContractAsync(layout, ready, Answering.Json, cancellationToken),
                    async d => Gate(await submit.ContractAsync(run.Root, ready, d, cancellationToken)), cancellationToken,
                    waits: found => found.Where(d => d.Severity == Severity.Error).All(d => d.Rule == Pact.Gates.Project.DependencyGraphRule.NoContract));
            case "pact_tests":
                return await AuthorAsync(run, next, ArtifactKind.TestSuite, await prompts.TestsAsync(layout, id!, Answering.Json, cancellationToken),
                    async d => Gate(await suites.LockAsync(run.Root, id!, d, SuiteKind.Visible, cancellationToken)), cancellationToken);
            case "pact_audit_init":
                return WaitFor(next);
            case "pact_goodhart":
                // A separate call from any implementer's: its prompt and answer never reach the implementing agent.
                return await AuthorAsync(run, next, ArtifactKind.TestSuite, await prompts.GoodhartAsync(layout, id!, Answering.Json, cancellationToken),
                    async d => Gate(await suites.LockAsync(run.Root, id!, d, SuiteKind.Hidden, cancellationToken)), cancellationToken);
            case "pact_handoff" when !run.Implement:
                var stale = run.StalePlanApproval is { } approvedAt ? $" (the plan approved at {approvedAt} has changed since: approve it again)" : "";
                return (PipelineStop.PlanComplete, $"plan-only: the interview, decomposition, contracts and test suites are in and pass their gates{stale}. Approve the plan (`pact approve {run.Root} --plan`) and run again, implement with the host agent (`pact next`, the `implement` prompt), or run `pact run {run.Root} --implement`");
            case "pact_handoff":
                var (mine, held) = await ClaimAsync(run, await ReadyAsync(run, id!, cancellationToken), cancellationToken);
                return mine.Count > 0 || held.Count == 0 ? await rounds.RunAsync(run, mine, cancellationToken) : HeldByWorkers(run, held);
            case "pact_diagnose" when next.ForPerson == true:
                // A diagnosis handed the decision to a person: the run waits for it.
                return WaitFor(next);
            case "pact_diagnose":
                // The component kept failing before this run (the host's attempts, or an earlier run's): the trace
                // analyst sees what its suite does now, then the verdict routes it as in a run's own rounds.
                var now = await judge.TestAsync(run.Root, [id!], RunOptions.None, cancellationToken);
                var runs = now.Data?.Runs.Where(r => r.ComponentId == id).ToList() ?? [];
                if (runs.Count > 0 && runs.All(r => r.Status == SuiteStatus.Passed))
                {
                    // Fixed meanwhile (a worker's code): nothing to diagnose, and the log now says so.
                    return null;
                }

                var (diagnosed, holders) = await ClaimAsync(run, [(id!, runs.Count > 0 ? Describe(runs) : null)], cancellationToken);
                if (diagnosed.Count == 0)
                {
                    return HeldByWorkers(run, holders);
                }

                run.Attempts[id!] = Math.Max(run.Attempts.GetValueOrDefault(id!), run.MaxAttempts);
                return await rounds.RunAsync(run, diagnosed, cancellationToken);
            case "pact_test":
                return await JudgeAsync(run, next.Tool, await judge.TestAsync(run.Root, [], RunOptions.None, cancellationToken), cancellationToken);
            case "pact_polish":
                return await JudgeAsync(run, next.Tool, await judge.PolishAsync(run.Root, RunOptions.None, cancellationToken), cancellationToken);
            case "pact_review":
                return await ReviewAsync(run, cancellationToken);
            case "pact_review_adjudicate":
                return WaitFor(next);
            case "pact_certify":
                var certified = await certification.CertifyAsync(run.Root, allowUnisolated: false, RunOptions.None, cancellationToken);
                run.Add(new PipelineStep { Tool = next.Tool, State = certified.Ok ? PipelineStepState.Done : PipelineStepState.Refused, Message = certified.Ok ? $"certified: {certified.Data!.Certificate}" : Errors(certified.Diagnostics) });
                return certified.Ok ? null : (PipelineStop.Failed, $"certify refused: {Errors(certified.Diagnostics)}");
            default:
                return (PipelineStop.Failed, $"`pact run` has no way to take the step `{next.Tool}` ({next.Reason}): take it yourself (`{next.Command}`), then run again");
        }
    }

    /// <summary>A model step: the backend answers the phase's prompt; its answer goes through the phase's own gates.</summary>
    private async Task<(PipelineStop, string)?> AuthorAsync(PipelineRun run, NextStep next, ArtifactKind kind, string prompt, Func<ParsedDocument, Task<(bool Ok, IReadOnlyList<Diagnostic> Diagnostics)>> store, CancellationToken cancellationToken, Func<IReadOnlyList<Diagnostic>, bool>? waits = null)
    {
        var refusal = "";
        for (var attempt = 1; attempt <= AuthorAttempts; attempt++)
        {
            if (await calls.OverBudgetAsync(run, cancellationToken) is { } spent)
            {
                return spent;
            }

            var answer = await calls.AskAsync(run, next.Tool, HealthPhase(next.Tool), prompt + refusal, SchemaCatalog.Text(kind), mayEdit: false, cancellationToken);
            if (answer.State != BackendState.Completed)
            {
                run.Add(new PipelineStep { Tool = next.Tool, ComponentId = next.ComponentId, State = PipelineStepState.Failed, Message = answer.Message, CostUsd = answer.CostUsd });
                return (PipelineStop.Failed, $"{answer.Backend}: {answer.Message} ({answer.Fix})");
            }

            var (ok, found) = await store(new ParsedDocument { File = $"({answer.Backend}'s answer)", Format = DocumentFormat.Json, Root = answer.Output });
            run.Add(new PipelineStep { Tool = next.Tool, ComponentId = next.ComponentId, Backend = answer.Backend, State = ok ? PipelineStepState.Done : PipelineStepState.Refused, Message = ok ? "accepted by the gates" : Errors(found), CostUsd = answer.CostUsd });
            if (ok)
            {
                run.Waiting.Clear();
                return null;
            }

            if (waits?.Invoke(found) == true)
            {
                run.Waiting.Add(next.ComponentId!);
                return null;
            }

            refusal = ReviewPrompt.Section("the gates refused your last answer (fix each finding and answer again)", string.Join("\n", found.Where(d => d.Severity == Severity.Error).Select(d => d.ToString())));
        }

        return (PipelineStop.Failed, $"the gates refused the backend's {next.Tool} answer {AuthorAttempts} times{(next.ComponentId is null ? "" : $" for '{next.ComponentId}'")}: take the step with the host agent (`{next.Command}`), then run again");
    }

    /// <summary>A test or polish run; each component it failed gets another implementation attempt with what the run showed.</summary>
    private async Task<(PipelineStop, string)?> JudgeAsync(PipelineRun run, string tool, CommandResult<JudgeReport> result, CancellationToken cancellationToken)
    {
        if (result.Data is not { } report)
        {
            run.Add(new PipelineStep { Tool = tool, State = PipelineStepState.Failed, Message = Errors(result.Diagnostics) });
            return (PipelineStop.Failed, $"{tool} could not run: {Errors(result.Diagnostics)}");
        }

        var failing = report.Runs.Where(r => r.Status != SuiteStatus.Passed).GroupBy(r => r.ComponentId, StringComparer.Ordinal).ToList();
        run.Add(new PipelineStep
        {
            Tool = tool,
            State = failing.Count == 0 && report.AllPassed ? PipelineStepState.Done : PipelineStepState.Refused,
            Message = failing.Count == 0 ? $"{report.Runs.Count} suite(s) passed" : $"failing: {string.Join(", ", failing.Select(f => f.Key))}",
        });
        if (failing.Count == 0 && !report.AllPassed)
        {
            // Every suite passed, yet the run did not: the locked tests were touched. No retry earns that back.
            return (PipelineStop.Failed, $"{tool}: every suite passed, but the locked tests were changed ({string.Join("; ", report.Tamper.Select(t => $"{t.File}: {t.Problem}"))}): restore them (`pact sync {run.Root}`) and run again");
        }

        if (failing.Count > 0 && !run.Implement)
        {
            return (PipelineStop.Failed, $"{tool}: {string.Join(", ", failing.Select(f => f.Key))} fail their suites, and this run does not implement");
        }

        var failed = failing.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var own = new List<IGrouping<string, SuiteRun>>();
        foreach (var component in failing)
        {
            if (await DependencyFailures.OnItsOwnAsync(store, run.Project.Layout, component.Key, failed, cancellationToken))
            {
                own.Add(component);
            }
        }

        // Each sent back with what its run showed; in parallel, all of them at once. One a host worker has claimed is
        // its holder's to fix.
        var (back, held) = await ClaimAsync(run, [.. (own.Count > 0 ? own : failing).Select(c => (c.Key, (string?)Describe(c)))], cancellationToken);
        if (back.Count == 0 && held.Count > 0)
        {
            return HeldByWorkers(run, held);
        }

        foreach (var batch in run.Parallel ? [back] : back.Select(b => new List<(string, string?)> { b }))
        {
            if (await rounds.RunAsync(run, batch, cancellationToken) is { } stop)
            {
                return stop;
            }
        }

        return null;
    }

    private async Task<(PipelineStop, string)?> ReviewAsync(PipelineRun run, CancellationToken cancellationToken)
    {
        if (await calls.OverBudgetAsync(run, cancellationToken) is { } spent)
        {
            return spent;
        }

        var result = await reviews.RunAsync(run.Root, new ReviewRunRequest
        {
            Claim = "every component meets its contract, and its tests prove it",
            Simulacrum = false,
            Backend = run.Default.Backend.Name,
            Model = run.Default.Model,
            Timeout = run.Default.Timeout,
        }, cancellationToken);
        var advocate = result.Data?.Runs.FirstOrDefault();
        if (advocate is not null)
        {
            await calls.RecordAsync(run, "review", 0, 0, advocate.CostUsd, cancellationToken);
        }

        var completed = advocate?.State == Pact.Reviews.ReviewRunState.Completed;
        run.Add(new PipelineStep
        {
            Tool = "pact_review",
            State = completed ? (advocate!.Blocking.Count == 0 ? PipelineStepState.Done : PipelineStepState.Refused) : PipelineStepState.Failed,
            Message = completed ? $"Advocate review {advocate!.ReviewId}: {advocate.Findings} finding(s), {advocate.Blocking.Count} blocking" : Errors(result.Diagnostics),
            CostUsd = advocate?.CostUsd,
        });
        return !completed ? (PipelineStop.Failed, $"the Advocate review could not be made: {Errors(result.Diagnostics)}")
            : advocate!.Blocking.Count > 0 ? (PipelineStop.Paused, $"Advocate found {advocate.Blocking.Count} blocking finding(s) in review {advocate.ReviewId}: decide each (`pact review adjudicate {run.Root} {advocate.ReviewId} <item> --decision fixed|accepted_risk --reason …`), then run again")
            : null;
    }

    private async Task<IReadOnlyList<string>> OpenQuestionsAsync(ProjectLayout layout, CancellationToken cancellationToken)
    {
        var interview = await store.ReadAsync(layout, layout.InterviewJson, ArtifactKind.Interview, PactJson.Context.InterviewResult, cancellationToken);
        return interview?.Value is { } read ? [.. InterviewGates.Check(read).Where(d => d.Rule == InterviewGates.OpenQuestion).Select(d => d.Message)] : [];
    }

    /// <summary>The leaves without a contract, in the tree's order (the order status names them in).</summary>
    private async Task<IReadOnlyList<string>> ContractlessLeavesAsync(ProjectLayout layout, CancellationToken cancellationToken)
    {
        var tree = await store.ReadAsync(layout, layout.TreeJson, ArtifactKind.Decomposition, PactJson.Context.DecompositionTree, cancellationToken);
        return [.. (tree?.Value?.Leaves() ?? []).Select(n => n.ComponentId).Where(c => !File.Exists(layout.ContractJson(c)))];
    }

    /// <summary>
    /// The components an implementation step takes: in parallel the whole ready set, else one (status's pick when it
    /// is ready). An implementer works against contracts, and the plan's gates saw that each dependency has one, so
    /// every component waiting for code is ready; except in a competitive round, whose attempts are judged at once:
    /// a component's suites import its dependencies' code, so there it waits until each dependency has code.
    /// </summary>
    private async Task<IReadOnlyList<(string, string?)>> ReadyAsync(PipelineRun run, string next, CancellationToken cancellationToken)
    {
        var layout = run.Project.Layout;
        var waiting = await WaitingForCodeAsync(layout, cancellationToken);
        var ready = waiting.ToList();
        if (run.Competitors > 1)
        {
            ready.Clear();
            foreach (var id in waiting)
            {
                var contract = await store.ReadAsync(layout, layout.ContractJson(id), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
                if (!(contract?.Value?.Dependencies ?? []).Any(waiting.Contains))
                {
                    ready.Add(id);
                }
            }
        }

        if (ready.Count == 0)
        {
            return [(next, null)];
        }

        return run.Parallel ? [.. ready.Select(c => (c, (string?)null))] : [(ready.Contains(next) ? next : ready[0], null)];
    }

    /// <summary>The leaves with no code yet, in the tree's order (what status counts as waiting for an implementation).</summary>
    private async Task<IReadOnlyList<string>> WaitingForCodeAsync(ProjectLayout layout, CancellationToken cancellationToken)
    {
        var tree = await store.ReadAsync(layout, layout.TreeJson, ArtifactKind.Decomposition, PactJson.Context.DecompositionTree, cancellationToken);
        return [.. (tree?.Value?.Leaves() ?? []).Select(n => n.ComponentId).Where(c => !layout.HasCode(c))];
    }

    /// <summary>A step that is someone else's (the auditor's, a person's): the run stops and says what to do.</summary>
    private static (PipelineStop, string) WaitFor(NextStep next) => (PipelineStop.Paused, $"{next.Reason}: `{next.Command}`, then run again");

    private async Task<CommandResult<PipelineRunReport>> ReportAsync(PipelineRun run, PipelineStop stop, string message, CancellationToken cancellationToken)
    {
        // The run's claims end with it: a worker may take over what it left unfinished.
        foreach (var claimed in run.Claimed)
        {
            await leases.ReleaseAsync(run.Root, claimed, Holder, CancellationToken.None);
        }

        run.Claimed.Clear();
        var seen = await status.GetAsync(run.Root, cancellationToken);
        var report = new PipelineRunReport
        {
            ProjectDir = run.Root,
            Implement = run.Implement,
            Backend = run.Default.Backend.Name,
            Steps = run.Steps,
            Stop = stop,
            Message = message,
            Next = seen.Data?.Next ?? new NextStep { Command = $"pact status {run.Root}", Tool = "pact_status", Reason = "see where the project stands" },
            SpentUsd = await PipelineCalls.SpentAsync(run.Project, cancellationToken),
            BudgetUsd = run.Project.Config.Budget,
        };
        var outcome = stop is PipelineStop.Complete or PipelineStop.PlanComplete ? Outcome.Ok : Outcome.Invalid;
        return new CommandResult<PipelineRunReport> { Command = Command, Outcome = outcome, Data = report, Diagnostics = run.Warnings };
    }

    /// <summary>What the implementer may see of a failed run: the judge's report of the component (hidden suites are already counts and hints).</summary>
    private static string Describe(IEnumerable<SuiteRun> runs) => string.Join("\n\n", runs.Select(r =>
        $"{r.Kind.ToString().ToLowerInvariant()} suite: {r.Status.ToString().ToLowerInvariant()}, {r.Passed}/{r.Total} passed. {r.Message}".TrimEnd()
        + (r.Hint.Length > 0 ? $"\nhint: {r.Hint}" : "")
        + string.Concat(r.Failures.Select(f => $"\n- {f.TestId}: {f.ErrorMessage}"))));

    private static (bool, IReadOnlyList<Diagnostic>) Gate<T>(CommandResult<T> result)
        where T : class => (result.Ok, result.Diagnostics);

    internal static string Errors(IReadOnlyList<Diagnostic> found) =>
        string.Join("; ", found.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Rule}{(d.Pointer is { Length: > 0 } p ? $" at {p}" : "")}: {d.Message}"));

    private static string HealthPhase(string tool) => tool["pact_".Length..];
}
