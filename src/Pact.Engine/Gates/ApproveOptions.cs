using Pact.Interview;

namespace Pact.Engine.Gates;

/// <summary>How <see cref="ApproveService"/> approves: who approves, and whether it only says what it would do.</summary>
public sealed record ApproveOptions
{
    public static ApproveOptions Cli { get; } = new();

    /// <summary>Who gave the approval: the person at the CLI, or the user through the MCP client's elicitation form.</summary>
    public AnswerSource Source { get; init; } = AnswerSource.CliApprove;

    /// <summary>Check and report what the approval would record, writing nothing (what the person is shown before they decide).</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// The fingerprint of what the person was shown: the plan's, or the interview's content hash. When it has changed
    /// since, the approval is refused: a person approves what they saw, never what changed while they read.
    /// </summary>
    public string? ShownFingerprint { get; init; }
}
