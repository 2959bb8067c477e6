using Pact.Reviews;

namespace Pact.Engine.Reviews;

/// <summary>A review as stored, with the decisions taken on it so far (the last decision on an item counts).</summary>
public sealed record StoredReview(Review Review, IReadOnlyList<ReviewAdjudication> Adjudications)
{
    public ReviewAdjudication? DecisionOn(string item) => Adjudications.LastOrDefault(a => a.Item == item);

    /// <summary>The blocking findings (Advocate critical/high) and the questions with no decision yet.</summary>
    public IReadOnlyList<string> Open =>
    [
        .. Review.Findings.Where(f => ReviewFinding.Blocks(Review.Reviewer, f) && DecisionOn(f.Id) is null).Select(f => f.Id),
        .. Review.Questions.Where(q => DecisionOn(q.Id) is null).Select(q => q.Id),
    ];

    public ReviewSummary Summary() => new()
    {
        Id = Review.Id,
        Reviewer = Review.Reviewer,
        Claim = Review.Claim,
        Components = Review.Target.Components,
        Findings = Review.Findings.Count,
        Adjudications = [.. Adjudications.GroupBy(a => a.Item).Select(g => g.Last())],
    };
}
