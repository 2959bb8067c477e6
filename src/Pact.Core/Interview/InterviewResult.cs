namespace Pact.Interview;

/// <summary>What the interview found: risks, open questions, assumptions, acceptance criteria and the answers given.</summary>
public sealed record InterviewResult
{
    public IReadOnlyList<string> Risks { get; set; } = [];
    public IReadOnlyList<string> Ambiguities { get; set; } = [];
    public IReadOnlyList<string> Questions { get; set; } = [];
    public IReadOnlyList<string> Assumptions { get; set; } = [];
    public IReadOnlyList<string> AcceptanceCriteria { get; set; } = [];

    /// <summary>Question text → answer.</summary>
    public IReadOnlyDictionary<string, string> UserAnswers { get; set; } = new Dictionary<string, string>();
    public bool Approved { get; init; }
    public IReadOnlyList<AuditedAnswer> AuditedAnswers { get; set; } = [];
    public string ProcessingRegister { get; set; } = "";
}
