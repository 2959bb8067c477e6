using Pact.Audit;

namespace Pact.Health;

/// <summary>
/// Derives the health counters from what Pact itself saw: the audit log (submissions, recorded suite runs, reported
/// usage) and the artifact counts on disk. Pure, so every counter can be tested on a hand-made log; the folding itself
/// is <see cref="HealthTally"/>, which a reader that keeps a checkpoint of the log continues instead.
/// </summary>
public static class HealthLedger
{
    public static (HealthMetrics Metrics, IReadOnlyList<string> Failed) Derive(IReadOnlyList<AuditEvent> events, DecompositionTree? tree, HealthArtifacts artifacts)
    {
        var tally = new HealthTally();
        foreach (var entry in events)
        {
            tally.Add(entry);
        }

        return tally.Metrics(tree, artifacts);
    }
}
