using Pact.Gates.Interview;
using Pact.Hashing;
using Pact.Interview;

namespace Pact.Engine.Gates;

/// <summary>
/// <c>pact approve DIR</c>: the person's gate on the interview. Each question still without an answer is answered
/// with the interview's assumption that fits it best (<see cref="AssumptionMatch"/>), recorded in audited_answers as
/// the approver's (source cli_approve, with its confidence and the assumption it came from), and the interview is
/// marked approved. A run paused on the open questions (<c>pact run</c>) then goes on. It is never an agent's tool:
/// approving the assumptions is what the person does when they have no other answer to give.
/// </summary>
public sealed class ApproveService(ProjectStore store, StatusService status, TimeProvider time)
{
    public const string Command = AuditActions.Approve;

    public Task<CommandResult<ApproveReport>> ApproveAsync(string directory, CancellationToken cancellationToken) => ApproveAsync(directory, ApproveOptions.Cli, cancellationToken);

    public async Task<CommandResult<ApproveReport>> ApproveAsync(string directory, ApproveOptions options, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<ApproveReport>(Command, outcome, diagnostics);
        }

        var layout = project.Layout;
        if (!File.Exists(layout.InterviewJson))
        {
            return CommandResults.Fail<ApproveReport>(Command, Outcome.NotFound, new Diagnostic
            {
                Rule = "approve.no_interview",
                File = layout.Relative(layout.InterviewJson),
                Message = "there is no interview to approve",
                Fix = $"record one first: `pact interview {layout.Root} --file interview.json`, or let `pact run {layout.Root}` write it",
            });
        }

        var read = await store.ReadAsync(layout, layout.InterviewJson, ArtifactKind.Interview, PactJson.Context.InterviewResult, cancellationToken);
        if (read?.Value is not { } interview)
        {
            return CommandResults.Fail<ApproveReport>(Command, Outcome.Invalid, read?.Diagnostics ?? []);
        }

        var fingerprint = ContentHash.Of(interview, PactJson.Context.InterviewResult);
        if (options.ShownFingerprint is { } shown && shown != fingerprint)
        {
            return CommandResults.Fail<ApproveReport>(Command, Outcome.Invalid, new Diagnostic
            {
                Rule = "approve.interview_changed",
                File = layout.Relative(layout.InterviewJson),
                Message = "the interview changed while it was being approved, so the approval given was for answers that no longer stand",
                Fix = "ask for the approval again, showing the interview as it is now",
            });
        }

        var open = InterviewAnswers.Open(interview);
        if (interview.Approved && open.Count == 0)
        {
            return CommandResults.Ok(Command, await ReportAsync(layout, [], alreadyApproved: true, cancellationToken));
        }

        var answers = open.Select(q => (q.Index, q.Question, Match: AssumptionMatch.For(q.Question, q.Index, interview.Assumptions))).ToList();
        var approved = InterviewAnswers.Merge(interview, [.. answers.Select(a => (a.Index, a.Match.Answer, a.Match.Confidence, a.Match.Assumption))], options.Source, time.GetUtcNow()) with { Approved = true };
        var found = InterviewGates.Check(approved);
        if (found.Any(d => d.Severity == Severity.Error))
        {
            return CommandResults.Fail<ApproveReport>(Command, Outcome.Invalid, found);
        }

        var taken = answers.Select(a => new ApprovedAnswer { Question = a.Question, Answer = a.Match.Answer, Confidence = a.Match.Confidence, Assumption = a.Match.Assumption }).ToList();
        if (options.DryRun)
        {
            return CommandResults.Ok(Command, await ReportAsync(layout, taken, alreadyApproved: false, cancellationToken) with { DryRun = true, InterviewFingerprint = fingerprint });
        }

        var detail = (answers.Count == 0 ? "interview approved" : $"interview approved; {answers.Count} open question(s) answered with its assumptions") + By(options);
        if (await store.CommitAsync(layout, AuditActions.Approve, detail, [ProjectStore.Json(layout.InterviewJson, approved, PactJson.Context.InterviewResult)], cancellationToken) is null)
        {
            return CommandResults.Fail<ApproveReport>(Command, Outcome.Busy, store.Busy(layout));
        }

        var report = await ReportAsync(layout, taken, alreadyApproved: false, cancellationToken);
        // An answer taken with no assumption behind it is the question accepted as stated: worth a second look.
        return CommandResults.Ok(Command, report, [.. report.Answers.Where(a => a.Assumption is null).Select(a => new Diagnostic
        {
            Rule = "approve.accepted_as_stated",
            Severity = Severity.Warning,
            File = layout.Relative(layout.InterviewJson),
            Message = $"no assumption fits '{a.Question}': it was accepted as stated",
            Fix = $"if that is not what you mean, write the answer into user_answers and resubmit (`pact interview {layout.Root} --file …`)",
        })]);
    }

    /// <summary>
    /// <c>pact approve DIR --plan</c>: the plan (decomposition, contracts, suites) approved for implementation, by its
    /// fingerprint. In plan-only mode <c>pact run</c> then goes on into the code, until the plan changes.
    /// </summary>
    public Task<CommandResult<ApproveReport>> ApprovePlanAsync(string directory, CancellationToken cancellationToken) => ApprovePlanAsync(directory, ApproveOptions.Cli, cancellationToken);

    public async Task<CommandResult<ApproveReport>> ApprovePlanAsync(string directory, ApproveOptions options, CancellationToken cancellationToken)
    {
        var seen = await status.GetAsync(directory, cancellationToken);
        if (seen.Data is not { } now)
        {
            return CommandResults.Fail<ApproveReport>(Command, seen.Outcome, seen.Diagnostics);
        }

        if (now.Phase is not (Pact.State.Phase.Implement or Pact.State.Phase.Polish or Pact.State.Phase.Complete))
        {
            return CommandResults.Fail<ApproveReport>(Command, Outcome.Invalid, new Diagnostic
            {
                Rule = "approve.plan_incomplete",
                Message = $"the plan is not complete yet (phase {now.Phase.ToString().ToLowerInvariant()}: {now.Next.Reason}), so there is no plan to approve",
                Fix = $"take the next step first: `{now.Next.Command}`",
            });
        }

        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<ApproveReport>(Command, outcome, diagnostics);
        }

        var layout = project.Layout;
        var (fingerprint, files) = PlanFingerprint.Of(new Judge.JudgeLayout(layout, project.Config));
        if (options.ShownFingerprint is { } shown && shown != fingerprint)
        {
            return CommandResults.Fail<ApproveReport>(Command, Outcome.Invalid, new Diagnostic
            {
                Rule = "approve.plan_changed",
                Message = $"the plan changed while it was being approved (shown with fingerprint {shown[..Math.Min(12, shown.Length)]}, now {fingerprint[..12]}), so the approval given was for a plan that no longer stands",
                Fix = "ask for the approval again, showing the plan as it is now",
            });
        }

        var approval = new PlanApproval { ApprovedAt = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), Fingerprint = fingerprint, Files = files };
        if (options.DryRun)
        {
            return CommandResults.Ok(Command, await ReportAsync(layout, [], alreadyApproved: false, cancellationToken) with { Plan = approval, DryRun = true });
        }

        if (await store.CommitAsync(layout, AuditActions.Approve, $"plan approved for implementation ({files} files, fingerprint {fingerprint[..12]}){By(options)}", [ProjectStore.Json(layout.PlanApprovalJson, approval, PactJson.Context.PlanApproval)], cancellationToken) is null)
        {
            return CommandResults.Fail<ApproveReport>(Command, Outcome.Busy, store.Busy(layout));
        }

        return CommandResults.Ok(Command, await ReportAsync(layout, [], alreadyApproved: false, cancellationToken) with { Plan = approval });
    }

    /// <summary>The plan approval on record, or null when there is none (or it cannot be read: then there is none to honour).</summary>
    public static PlanApproval? ReadPlanApproval(ProjectLayout layout) => JsonFiles.ReadOrNull(layout.PlanApprovalJson, PactJson.Context.PlanApproval);

    // The audit log says who approved when it was not the person at the CLI.
    private static string By(ApproveOptions options) => options.Source == AnswerSource.McpElicitation ? ", by the user through the MCP client's elicitation form" : "";

    private async Task<ApproveReport> ReportAsync(ProjectLayout layout, IReadOnlyList<ApprovedAnswer> answers, bool alreadyApproved, CancellationToken cancellationToken)
    {
        var seen = await status.GetAsync(layout.Root, cancellationToken);
        return new ApproveReport
        {
            ProjectDir = layout.Root,
            Answers = answers,
            AlreadyApproved = alreadyApproved,
            Next = seen.Data?.Next ?? new NextStep { Command = $"pact status {layout.Root}", Tool = "pact_status", Reason = "see where the project stands" },
        };
    }
}
