using Pact.Engine.Judge;
using Pact.Engine.Judge.Authority;
using Pact.Gates.Text;
using Pact.Reviews;

namespace Pact.Engine.Reviews;

/// <summary>
/// <c>pact review adjudicate</c> (<c>pact_review_adjudicate</c>): the decision on one finding or question of a review.
/// <c>fixed</c> is checked, not taken on trust: the file the finding names changed since the review, or a target's
/// locked visible suite has more cases than it had. <c>accepted_risk</c> and <c>answered</c> carry a specific reason.
/// When the project has an auditor the decision is audit-side (the same authority check as tamper adjudication) and
/// goes to the judge's ledger as well, which is where certify reads it from.
/// </summary>
public sealed class ReviewAdjudicationService(ProjectStore store, ReviewArchive archive, ReviewBaselines baselines, JudgeLedger ledger)
{
    public const string Command = "review adjudicate";
    public const string NotFixed = "review.adjudicate.not_fixed";

    public async Task<CommandResult<ReviewAdjudicationReport>> AdjudicateAsync(string directory, string reviewId, string item, string decision, string reason, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return Fail(outcome, diagnostics);
        }

        var layout = project.Layout;
        var judge = new JudgeLayout(layout, project.Config);
        if (judge.AuditDir is not null && AuditAuthority.Access(judge, Command) is { } refusal)
        {
            return Fail(Outcome.Invalid, [refusal]);
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(reviewId, "^[a-z0-9][a-z0-9_-]*$"))
        {
            return Fail(Outcome.Invalid, [new Diagnostic { Rule = "review.unknown", Message = $"'{reviewId}' is not a review id", Fix = "pass the id `pact review submit` returned (advocate-…, simulacrum-…)" }]);
        }

        var (stored, problem) = await archive.ReadAsync(layout, reviewId, cancellationToken);
        if (stored is null)
        {
            return Fail(Outcome.NotFound, [problem!]);
        }

        var chosen = decision.Trim().ToLowerInvariant() switch
        {
            "fixed" => ReviewDecision.Fixed,
            "accepted_risk" or "accepted-risk" => ReviewDecision.AcceptedRisk,
            "answered" => ReviewDecision.Answered,
            _ => (ReviewDecision?)null,
        };
        var finding = stored.Review.Findings.FirstOrDefault(f => f.Id == item);
        var question = stored.Review.Questions.FirstOrDefault(q => q.Id == item);
        var reasonText = reason.Trim();
        if (Refusal(stored.Review, item, chosen, finding, question, reasonText) is { } bad)
        {
            return Fail(Outcome.Invalid, [bad]);
        }

        var evidence = "";
        if (chosen == ReviewDecision.Fixed)
        {
            if (await FixedAsync(judge, stored.Review, finding!, cancellationToken) is not { } shown)
            {
                return Fail(Outcome.Invalid, [new Diagnostic
                {
                    Rule = NotFixed,
                    File = finding!.Location.Path,
                    Line = finding.Location.Line,
                    Message = $"{item} is not shown fixed: {finding.Location.Path} is unchanged since the review and no target suite has gained a test",
                    Fix = $"change the code (or the contract) the finding names, or add a test with `pact tests`, then adjudicate again; or decide accepted_risk with a reason",
                }]);
            }

            evidence = shown;
        }

        var adjudication = new ReviewAdjudication
        {
            ReviewId = reviewId,
            Item = item,
            Decision = chosen!.Value,
            Reason = reasonText,
            Evidence = evidence,
            Time = store.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            Role = judge.AuditDir is null ? "solo" : "audit",
        };
        var all = new ReviewAdjudications { Entries = [.. stored.Adjudications, adjudication] };
        var detail = Detail(adjudication);
        var committed = await store.CommitLoggedAsync(layout, AuditActions.ReviewAdjudicate, detail, [ProjectStore.Json(layout.ReviewAdjudicationsJson(reviewId), all, PactJson.Context.ReviewAdjudications)], cancellationToken);
        if (committed is null)
        {
            return Fail(Outcome.Busy, [store.Busy(layout)]);
        }

        if (judge.AuditDir is not null)
        {
            await ledger.AppendAsync(judge, new LedgerEntry { Action = AuditActions.ReviewAdjudicate, Detail = detail, Log = committed.Logged }, cancellationToken);
        }

        var open = new StoredReview(stored.Review, all.Entries).Open;
        return CommandResults.Ok(Command, new ReviewAdjudicationReport { ProjectDir = layout.Root, Adjudication = adjudication, Open = open });
    }

    /// <summary>The ledger's and the log's text of a decision; certify matches the ledger's entries on its prefix.</summary>
    public static string Detail(ReviewAdjudication a) => $"{Key(a.ReviewId, a.Item)} {JsonNamingPolicy.SnakeCaseLower.ConvertName(a.Decision.ToString())}: {a.Reason}";

    public static string Key(string reviewId, string item) => $"{reviewId}/{item}";

    private static Diagnostic? Refusal(Review review, string item, ReviewDecision? decision, ReviewFinding? finding, ReviewQuestion? question, string reason)
    {
        if (finding is null && question is null)
        {
            var items = review.Findings.Select(f => f.Id).Concat(review.Questions.Select(q => q.Id));
            return new Diagnostic { Rule = "review.adjudicate.no_item", Message = $"review {review.Id} has no finding or question '{item}'", Fix = $"adjudicate one of: {string.Join(", ", items)}" };
        }

        if (decision is null)
        {
            return new Diagnostic { Rule = "review.adjudicate.bad_decision", Message = "the decision must be fixed, accepted_risk (findings) or answered (questions)", Fix = finding is not null ? "pass fixed or accepted_risk" : "pass answered, with the answer as the reason" };
        }

        if (finding is not null && decision == ReviewDecision.Answered)
        {
            return new Diagnostic { Rule = "review.adjudicate.bad_decision", Message = $"{item} is a finding: it is fixed or its risk accepted, not answered", Fix = "pass fixed or accepted_risk" };
        }

        if (question is not null && decision != ReviewDecision.Answered)
        {
            return new Diagnostic { Rule = "review.adjudicate.bad_decision", Message = $"{item} is a question: it is answered", Fix = "pass answered, with the answer as the reason" };
        }

        if (reason.Length < RationaleQuality.MinimumLength || RationaleQuality.VaguePhrase(reason) is not null)
        {
            return new Diagnostic { Rule = "review.adjudicate.reason", Message = $"the reason must be specific (at least {RationaleQuality.MinimumLength} characters, no stock phrase): it is what a later reader checks the decision against", Fix = decision == ReviewDecision.AcceptedRisk ? "say why the risk is acceptable and what bounds it" : "say what was done or what the answer is" };
        }

        return null;
    }

    /// <summary>What shows the finding fixed, or null: the named file's hash changed, or a target suite grew.</summary>
    private async Task<string?> FixedAsync(JudgeLayout judge, Review review, ReviewFinding finding, CancellationToken cancellationToken)
    {
        var path = finding.Location.Path!;
        var now = baselines.Hash(judge.Project, path);
        if (now != finding.Location.Sha256)
        {
            return now is null ? $"{path} was removed since the review" : $"{path} changed since the review (sha256 {Short(finding.Location.Sha256)} -> {Short(now)})";
        }

        foreach (var (id, before) in review.Baseline?.SuiteCases ?? [])
        {
            var cases = await baselines.CasesAsync(judge, id, cancellationToken);
            if (cases > before)
            {
                return $"the visible suite of {id} grew from {before} to {cases} case(s) since the review";
            }
        }

        return null;
    }

    private static string Short(string? hash) => hash is null ? "none" : hash[..12];

    private static CommandResult<ReviewAdjudicationReport> Fail(Outcome outcome, IReadOnlyList<Diagnostic> found) => CommandResults.Fail<ReviewAdjudicationReport>(Command, outcome, found);
}
