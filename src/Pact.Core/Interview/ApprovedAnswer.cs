namespace Pact.Interview;

/// <summary>An open question answered at approval: the answer, how sure it is (0 to 1), and the assumption it came from.</summary>
public sealed record ApprovedAnswer
{
    public required string Question { get; init; }
    public required string Answer { get; init; }
    public required double Confidence { get; init; }
    public string? Assumption { get; init; }
}
