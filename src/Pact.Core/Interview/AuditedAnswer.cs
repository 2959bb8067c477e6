namespace Pact.Interview;

public sealed record AuditedAnswer
{
    public required string QuestionId { get; init; }
    public required string Answer { get; init; }
    public required AnswerSource Source { get; init; }

    /// <summary>0 to 1: how sure the answer is (1 for a person's own answer).</summary>
    public required double Confidence { get; init; }
    public string Timestamp { get; set; } = "";
    public string? MatchedAssumption { get; init; }
}
