using Pact.Reviews;

namespace Pact.Engine.Reviews;

/// <summary>
/// What certify makes of the reviews: an Advocate critical or high finding without a decision refuses the certificate.
/// With an auditor the decision must be in the judge's ledger too (the project's own files are the implementer's to edit).
/// </summary>
public static class ReviewCertifyGate
{
    public const string Unadjudicated = "certify.review_unadjudicated";

    /// <param name="reviews">The stored reviews.</param>
    /// <param name="ledger">The judge's ledger when the project has an audit directory; null in solo mode.</param>
    /// <param name="projectRoot">For the fix's command line.</param>
    public static IReadOnlyList<Diagnostic> Refusals(IReadOnlyList<StoredReview> reviews, IReadOnlyList<LedgerEntry>? ledger, string projectRoot)
    {
        var found = new List<Diagnostic>();
        foreach (var stored in reviews)
        {
            var review = stored.Review;
            foreach (var finding in review.Findings.Where(f => ReviewFinding.Blocks(review.Reviewer, f)))
            {
                var key = ReviewAdjudicationService.Key(review.Id, finding.Id);
                var decided = stored.DecisionOn(finding.Id) is not null;
                var ledgered = ledger is null || ledger.Any(e => e.Action == AuditActions.ReviewAdjudicate && e.Detail.StartsWith(key + " ", StringComparison.Ordinal));
                if (decided && ledgered)
                {
                    continue;
                }

                found.Add(new Diagnostic
                {
                    Rule = Unadjudicated,
                    File = finding.Location.Path,
                    Line = finding.Location.Line,
                    Message = decided
                        ? $"not certified: the decision on {key} ({finding.Severity.ToString().ToLowerInvariant()}, {finding.Location}) is not in the judge's ledger, so the auditor did not take it"
                        : $"not certified: Advocate finding {key} ({finding.Severity.ToString().ToLowerInvariant()}, {finding.Location}) has no decision: {finding.Evidence}",
                    Fix = $"fix it and record it (`pact review adjudicate {projectRoot} {review.Id} {finding.Id} --decision fixed --reason \"…\"`), or accept the risk with --decision accepted_risk and a reason{(ledger is null ? "" : ", as the auditor")}",
                });
            }
        }

        return found;
    }
}
