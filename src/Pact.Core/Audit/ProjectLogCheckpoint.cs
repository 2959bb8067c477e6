using Pact.Health;

namespace Pact.Audit;

/// <summary>
/// What the judge remembers of the first <see cref="Bytes"/> bytes of a project's audit log, so <c>status</c> reads
/// only the lines written since. It holds only while those bytes still hash to <see cref="Sha256"/>: an edited or
/// truncated log fails that check and is read whole again. Kept beside the judge's ledger, never in the project.
/// </summary>
public sealed record ProjectLogCheckpoint
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    /// <summary>The length of the remembered prefix; it always ends with a newline.</summary>
    public long Bytes { get; set; }
    public string Sha256 { get; set; } = "";

    /// <summary>Lines in the prefix (the next line's number is one more), events among them, and those that are not events.</summary>
    public int Lines { get; set; }
    public int Events { get; set; }
    public List<int> BadLines { get; set; } = [];
    public HealthTally Tally { get; set; } = new();

    /// <summary>Every ledger entry up to this sequence number names a line inside the prefix, as found when it was written.</summary>
    public int LedgerSeq { get; set; }
}
