using Pact.Health;
using Pact.Judge;

namespace Pact.Audit;

/// <summary>
/// What the judge remembers of the first <see cref="Bytes"/> bytes of a project's audit log, so <c>status</c> reads
/// only the lines written since. It holds only while those bytes still hash to <see cref="Sha256"/>: an edited or
/// truncated log fails that check and is read whole again. Kept beside the judge's ledger, never in the project.
/// </summary>
public sealed record ProjectLogCheckpoint
{
    // 2: the tally also keeps each component's latest visible and hidden verdicts (status's test and polish steps).
    // 3: and its visible failures in a row, and the diagnoses still open (status's diagnose step).
    public const int CurrentVersion = 3;

    public int Version { get; set; } = CurrentVersion;

    /// <summary>The length of the remembered prefix; it always ends with a newline.</summary>
    public long Bytes { get; set; }
    public string Sha256 { get; set; } = "";

    /// <summary>Lines in the prefix (the next line's number is one more), events among them, and those that are not events.</summary>
    public int Lines { get; set; }
    public int Events { get; set; }
    public List<int> BadLines { get; set; } = [];
    public HealthTally Tally { get; set; } = new();

    /// <summary>
    /// The judge's ledger as it was when this checkpoint was written: every entry in that prefix names a line inside the
    /// log's prefix, as found then. Null when no ledger had been checked.
    /// </summary>
    public LedgerPrefix? Ledger { get; set; }
}
