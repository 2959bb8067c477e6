using Pact.Projects;

namespace Pact.Interview;

/// <summary>What <c>pact approve</c> did: the answers it took for the open questions (or the plan it approved), and the step that comes next.</summary>
public sealed record ApproveReport
{
    public required string ProjectDir { get; init; }

    /// <summary>Each question that was open, with the assumption taken as its answer.</summary>
    public required IReadOnlyList<ApprovedAnswer> Answers { get; init; }

    /// <summary>The plan approved for implementation (<c>--plan</c>), or null when this was the interview's approval.</summary>
    public PlanApproval? Plan { get; init; }

    /// <summary>The interview was approved with nothing left open before this call: nothing was written.</summary>
    public bool AlreadyApproved { get; init; }

    /// <summary>Only what the approval would record: nothing was written.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// On a dry run of the interview's approval: the content hash of the interview it read, so the approval that
    /// follows can be bound to what was shown (<c>approve.interview_changed</c> if it has changed since).
    /// </summary>
    public string? InterviewFingerprint { get; init; }
    public required NextStep Next { get; init; }
}
