namespace Pact.Engine.Judge.Reporting;

/// <summary>
/// What certify makes of forged runs in the judge's ledger. Certify re-runs everything with fresh canaries, so a forger
/// still in the code is caught there; but one that fires only sometimes, or only outside certify, would pass that run.
/// So once a component's verdict was forged, it stays refused until the auditor has reviewed the code and cleared it
/// (<c>pact adjudicate &lt;dir&gt; &lt;cid&gt; verdict_forged --verdict allowed --reason …</c>). A forgery after the
/// clearance opens it again, and a ledger that no longer chains cannot say what was cleared, so it refuses too.
/// </summary>
public static class ForgeryReviewGate
{
    public const string Unreviewed = "certify.forgery_unreviewed";

    /// <summary>The ledger action of the auditor's review; its detail starts with the verdict.</summary>

    public static string Detail(string verdict, string reason) => $"{verdict}: {reason}";

    public static IReadOnlyList<Diagnostic> Refusals(JudgeLedger.Contents ledger, string projectRoot)
    {
        if (ledger.Problem is { } broken)
        {
            return [broken with { Message = $"not certified: {broken.Message}" }];
        }

        var open = new Dictionary<string, LedgerEntry>(StringComparer.Ordinal);
        foreach (var entry in ledger.Entries)
        {
            if (entry.Action == AuditActions.VerdictForged)
            {
                open[entry.ComponentId] = entry;
            }
            else if (entry.Action == AuditActions.ForgeryReview && entry.Detail.StartsWith(ImplementationFinding.Allowed + ":", StringComparison.Ordinal))
            {
                open.Remove(entry.ComponentId);
            }
        }

        return
        [
            .. open.Values.OrderBy(e => e.Seq).Select(e => new Diagnostic
            {
                Rule = Unreviewed,
                File = $"src/{e.ComponentId}",
                Message = $"not certified: a run of {e.ComponentId} was forged ({e.Time}, ledger line {e.Seq}: {Shorten(e.Detail)}) and the auditor has not reviewed the code since",
                Fix = $"the auditor reviews src/{e.ComponentId}, then `pact adjudicate {projectRoot} {e.ComponentId} {AuditActions.VerdictForged} --verdict allowed --reason \"…\"`",
            }),
        ];
    }

    private static string Shorten(string detail) => detail.Length <= 200 ? detail : detail[..200] + "…";
}
