namespace Pact.Judge;

/// <summary>
/// The first <see cref="Bytes"/> bytes of the judge's ledger as a reader once verified them: their hash, how many
/// entries they hold, and the hash of the last (the link the next entry chains to). A reader that finds the same
/// bytes there again continues the chain from <see cref="Last"/> instead of verifying it from the start.
/// </summary>
public sealed record LedgerPrefix
{
    public long Bytes { get; set; }
    public string Sha256 { get; set; } = "";
    public int Lines { get; set; }
    public string Last { get; set; } = "";
}
