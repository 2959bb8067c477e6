namespace Pact.Interview;

/// <summary>What the interview found: risks, open questions, assumptions, acceptance criteria and the answers given.</summary>
public sealed record InterviewResult
{
    public IReadOnlyList<string> Risks { get; init; } = [];
    public IReadOnlyList<string> Ambiguities { get; init; } = [];
    public IReadOnlyList<string> Questions { get; init; } = [];
    public IReadOnlyList<string> Assumptions { get; init; } = [];
    public IReadOnlyList<string> AcceptanceCriteria { get; init; } = [];

    /// <summary>Question text → answer.</summary>
    public IReadOnlyDictionary<string, string> UserAnswers { get; init; } = new Dictionary<string, string>();
    public bool Approved { get; init; }
    public IReadOnlyList<AuditedAnswer> AuditedAnswers { get; init; } = [];
    public string ProcessingRegister { get; init; } = "";
}
