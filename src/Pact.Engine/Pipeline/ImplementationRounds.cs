using Pact.Engine.Backends;
using Pact.Pipeline;
using Answering = Pact.Engine.Reviews.ReviewPrompt.Answering;

namespace Pact.Engine.Pipeline;

/// <summary>
/// One implementation round for each of a set of components: the backend writes the code; the judge, not the agent,
/// says whether it works. Components of one set are implemented at once when the run is parallel; in competitive mode
/// each component gets several attempts in separate work directories, all of them judged, the best promoted into
/// <c>src/CID/</c>, every attempt kept under <c>.pact/attempts/CID/ROUND/</c> with the scores that decided.
/// </summary>
public sealed class ImplementationRounds(ProjectStore store, PhasePrompts prompts, JudgeService judge, PipelineCalls calls, DiagnoseService diagnoses, TimeProvider time)
{
    private const string Tool = "pact_handoff";

    /// <summary>A round for each component of <paramref name="items"/> (with what the judge's last run of it showed).</summary>
    internal async Task<(PipelineStop, string)?> RunAsync(PipelineRun run, IReadOnlyList<(string Id, string? LastRun)> items, CancellationToken cancellationToken)
    {
        var jobs = new List<Job>();
        foreach (var (id, lastRun) in items)
        {
            var round = run.Attempts.GetValueOrDefault(id) + 1;
            if (round > run.MaxAttempts)
            {
                // The attempts are spent: diagnose once. Its verdict sends the component back for one more round with
                // the guidance the implementer lacked, or stops the run for a contract amendment or a person.
                if (run.Diagnosed.Contains(id))
                {
                    return (PipelineStop.Failed, $"'{id}' still fails after {run.MaxAttempts} implementation attempt(s) (max_implementation_attempts) and one more after its diagnosis: look at the last run (`pact test {run.Root} {id}`), fix the code, or propose a contract amendment if the contract is what is wrong");
                }

                if (await DiagnoseAsync(run, id, lastRun, cancellationToken) is { } stop)
                {
                    return stop;
                }

                // The guidance reaches the implementer through the brief, which carries the recorded diagnosis.
                run.Diagnosed.Add(id);
            }

            var (prompt, problems) = await prompts.ImplementAsync(run.Root, id, Answering.Json, lastRun, cancellationToken, filesInAnswer: !run.For(Tool).Backend.EditsFiles);
            if (prompt is null)
            {
                return (PipelineStop.Failed, $"no handoff brief for '{id}': {PipelineRunService.Errors(problems)}");
            }

            run.Attempts[id] = round;
            var roundDir = run.Competitors > 1 ? RoundDirectory(run, id, round) : null;
            for (var competitor = 1; competitor <= run.Competitors; competitor++)
            {
                jobs.Add(new Job(id, round, competitor, prompt, roundDir is null ? null : Path.Combine(roundDir, $"attempt_{competitor}")));
            }
        }

        var answers = new BackendAnswer?[jobs.Count];
        (PipelineStop, string)? spent = null;
        await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Count), new ParallelOptions { MaxDegreeOfParallelism = run.Concurrency, CancellationToken = cancellationToken }, async (k, token) =>
        {
            if (await calls.OverBudgetAsync(run, token) is { } over)
            {
                lock (answers)
                {
                    spent ??= over;
                }

                return;
            }

            answers[k] = await AttemptAsync(run, jobs[k], token);
        });

        if (run.Competitors > 1)
        {
            foreach (var component in jobs.Select((job, k) => (job, answer: answers[k])).GroupBy(j => j.job.Id, StringComparer.Ordinal))
            {
                if (await DecideAsync(run, [.. component], cancellationToken) is { } failed)
                {
                    return failed;
                }
            }

            return spent;
        }

        for (var k = 0; k < jobs.Count; k++)
        {
            if (answers[k] is { State: not BackendState.Completed } answer)
            {
                return (PipelineStop.Failed, $"{answer.Backend}: {answer.Message} ({answer.Fix})");
            }
        }

        return spent;
    }

    /// <summary>
    /// The trace analyst's call on a component whose attempts are spent, recorded as a diagnosis: null when the
    /// implementation is at fault (the next brief carries the guidance), else the stop that hands the contract or the
    /// decision to a person.
    /// </summary>
    private async Task<(PipelineStop, string)?> DiagnoseAsync(PipelineRun run, string id, string? lastRun, CancellationToken cancellationToken)
    {
        if (await calls.OverBudgetAsync(run, cancellationToken) is { } spent)
        {
            return spent;
        }

        const string tool = "pact_diagnose";
        var prompt = await prompts.DiagnoseAsync(run.Project.Layout, id, lastRun, run.MaxAttempts, cancellationToken);
        var answer = await calls.AskAsync(run, tool, "diagnose", prompt, PhasePrompts.DiagnosisSchema, mayEdit: false, cancellationToken);
        var verdict = answer.Output?["verdict"]?.ToString() ?? "";
        var explanation = answer.Output?["explanation"]?.ToString() ?? "";
        var guidance = answer.Output?["guidance"]?.ToString() ?? "";
        var done = answer.State == BackendState.Completed && verdict is "implementation" or "contract" or "human";
        run.Add(new PipelineStep
        {
            Tool = tool,
            ComponentId = id,
            Backend = answer.Backend,
            State = done ? PipelineStepState.Done : PipelineStepState.Failed,
            Message = done ? $"{verdict}: {explanation}" : answer.State == BackendState.Completed ? $"the diagnosis answered '{verdict}', which is none of implementation, contract, human" : answer.Message,
            CostUsd = answer.CostUsd,
        });
        if (done)
        {
            // Recorded as the host's diagnosis is: the project log routes the component on from it (status's next step).
            var recorded = await diagnoses.RecordAsync(run.Root, id, verdict, explanation, guidance, cancellationToken);
            run.Warnings.AddRange(recorded.Diagnostics.Select(d => d with { Severity = Severity.Warning }));
        }

        var attempts = $"'{id}' still fails after {run.MaxAttempts} implementation attempt(s) (max_implementation_attempts)";
        return !done ? (PipelineStop.Failed, $"{attempts}, and its diagnosis could not be made ({answer.Message}): look at the last run (`pact test {run.Root} {id}`)")
            : verdict == "implementation" ? null
            : verdict == "contract" ? (PipelineStop.Paused, $"{attempts}, and its diagnosis puts the fault in the contract: {explanation} Proposed amendment: {guidance}. Amend it (`pact contract {run.Root} {id} --file …`; its suites are then relocked) or decide otherwise, then run again")
            : (PipelineStop.Paused, $"{attempts}, and its diagnosis says a person has to decide: {explanation} ({guidance}); then run again");
    }

    /// <summary>One backend call: in the project itself, or in a competing attempt's own copy of it.</summary>
    private async Task<BackendAnswer> AttemptAsync(PipelineRun run, Job job, CancellationToken cancellationToken)
    {
        var workspace = job.Kept is null ? null : job.Kept + ".work";
        if (workspace is not null)
        {
            AttemptWorkspace.Create(run.Root, workspace);
        }

        var edits = run.For(Tool).Backend.EditsFiles;
        var answer = await calls.AskAsync(run, Tool, "implement", job.Prompt, edits ? PhasePrompts.ImplementAnswerSchema : PhasePrompts.ImplementFilesSchema, mayEdit: true, cancellationToken, workspace);
        if (!edits && answer.State == BackendState.Completed && AnswerFiles.Write(workspace ?? run.Root, job.Id, answer.Output) is { } refused)
        {
            answer = answer with { State = BackendState.Failed, Message = refused, Fix = "run it again: the implementer must give its files inside the component's directory" };
        }

        if (workspace is not null)
        {
            AttemptWorkspace.Keep(workspace, job.Id, job.Kept!);
        }

        var done = answer.State == BackendState.Completed;
        run.Add(new PipelineStep
        {
            Tool = Tool,
            ComponentId = job.Id,
            Attempt = job.Round,
            Competitor = run.Competitors > 1 ? job.Competitor : null,
            Backend = answer.Backend,
            State = done ? PipelineStepState.Done : PipelineStepState.Failed,
            Message = done ? $"implementation written: {(string?)answer.Output?["summary"]}" : answer.Message,
            CostUsd = answer.CostUsd,
        });
        return answer;
    }

    /// <summary>
    /// The judge's decision on one component's round: each completed attempt placed in <c>src/CID/</c> and its visible
    /// suite run; a hidden run only for the attempts tied at the top, and only where a hidden suite is; the winner
    /// promoted; the round's record committed with the audit event.
    /// </summary>
    private async Task<(PipelineStop, string)?> DecideAsync(PipelineRun run, IReadOnlyList<(Job Job, BackendAnswer? Answer)> attempts, CancellationToken cancellationToken)
    {
        var layout = run.Project.Layout;
        var id = attempts[0].Job.Id;
        var code = layout.ComponentSrcDir(id);
        SafePath.Ensure(layout.Root, code);
        var before = AttemptWorkspace.Files(code);
        var scores = new List<AttemptScore>();
        foreach (var (job, answer) in attempts)
        {
            var completed = answer?.State == BackendState.Completed;
            var score = new AttemptScore
            {
                Attempt = job.Competitor,
                Completed = completed,
                Kept = layout.Relative(job.Kept!),
                Message = answer is null ? "not run: the budget was spent" : completed ? (string?)answer.Output?["summary"] ?? "" : answer.Message,
                ChangedLines = Directory.Exists(job.Kept) ? CompetitionRanking.ChangedLines(before, AttemptWorkspace.Files(job.Kept!)) : 0,
            };
            if (completed)
            {
                AttemptWorkspace.Place(job.Kept!, code);
                var tested = await judge.TestAsync(run.Root, [id], RunOptions.None, cancellationToken);
                var visible = tested.Data?.Runs.FirstOrDefault(r => r.ComponentId == id && r.Kind == SuiteKind.Visible);
                score = score with { VisiblePassed = visible?.Passed ?? 0, VisibleTotal = visible?.Total ?? 0 };
            }

            scores.Add(score);
        }

        // A hidden run discloses, and a failed one spends one of the suite's max_goodhart_attempts: it is worth that
        // only to tell apart attempts that all pass every visible test. They run smallest first, and the first to pass
        // its hidden suite ends the runs: by the ranking it wins (any smaller one failed), so the rest need not spend.
        var tied = CompetitionRanking.TiedAtTheTop(scores);
        if (tied.Count > 1 && tied[0].PassRate == 1.0 && new Judge.JudgeLayout(layout, run.Project.Config).Components(SuiteKind.Hidden).Contains(id))
        {
            foreach (var contender in tied.OrderBy(t => t.ChangedLines).ThenBy(t => t.Attempt))
            {
                AttemptWorkspace.Place(Path.Combine(layout.Root, contender.Kept), code);
                var hidden = (await judge.HiddenAsync(run.Root, id, RunOptions.None, cancellationToken)).Data?.Runs.FirstOrDefault();
                if (hidden is null || hidden.Status == SuiteStatus.Refused)
                {
                    break;
                }

                scores[scores.IndexOf(contender)] = contender with { HiddenPassed = hidden.Passed };
                if (hidden.Status == SuiteStatus.Passed)
                {
                    break;
                }
            }
        }

        var winner = CompetitionRanking.Winner(scores);
        var round = attempts[0].Job.Round;
        var roundDir = Path.GetDirectoryName(attempts[0].Job.Kept!)!;
        var record = new CompetitionRecord { ComponentId = id, Round = round, Winner = winner?.Attempt, Attempts = scores };
        // No attempt completed: none was placed, and the code stays as it was before the round.
        if (winner is not null)
        {
            AttemptWorkspace.Place(Path.Combine(layout.Root, winner.Kept), code);
        }

        var detail = winner is null
            ? $"{id}: none of {scores.Count} attempts completed (round {round})"
            : $"{id}: attempt {winner.Attempt} of {scores.Count} won round {round} ({Score(winner)}); every attempt is kept in {layout.Relative(roundDir)}";
        var json = System.Text.Json.JsonSerializer.Serialize(record, PactJson.Context.CompetitionRecord);
        if (await store.CommitAsync(layout, AuditActions.Compete, detail, [StagedWrite.Text(Path.Combine(roundDir, "competition.json"), json + "\n")], cancellationToken, id) is null)
        {
            return (PipelineStop.Failed, $"the round of '{id}' could not be recorded: {store.Busy(layout).Message}");
        }

        run.Add(new PipelineStep
        {
            Tool = "pact_compete",
            ComponentId = id,
            Attempt = round,
            Competitor = winner?.Attempt,
            State = winner is null ? PipelineStepState.Failed : PipelineStepState.Done,
            Message = winner is null ? detail : $"attempt {winner.Attempt} of {scores.Count} won ({Score(winner)}); the others: {string.Join("; ", scores.Where(s => s != winner).Select(s => $"attempt {s.Attempt} {Score(s)}"))}",
        });
        return winner is null
            ? (PipelineStop.Failed, $"no attempt at '{id}' completed: {string.Join("; ", scores.Select(s => s.Message).Distinct(StringComparer.Ordinal))}")
            : null;
    }

    /// <summary><c>.pact/attempts/CID/roundN_TIME/</c>, new for each round.</summary>
    private string RoundDirectory(PipelineRun run, string id, int round)
    {
        var dir = Path.Combine(run.Project.Layout.PactDir, "attempts", id, string.Create(CultureInfo.InvariantCulture, $"round{round}_{time.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}"));
        SafePath.Ensure(run.Root, dir);
        return dir;
    }

    private static string Score(AttemptScore score) => !score.Completed
        ? $"did not complete: {score.Message}"
        : $"visible {score.VisiblePassed}/{score.VisibleTotal}{(score.HiddenPassed is { } h ? $", hidden {h} passed" : "")}, {score.ChangedLines} changed line(s)";


    /// <summary>One backend call of a round; <see cref="Kept"/> is where a competing attempt's code is kept (null: in the project).</summary>
    private sealed record Job(string Id, int Round, int Competitor, string Prompt, string? Kept);
}
