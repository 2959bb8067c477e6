namespace Pact.Judge;

/// <summary>
/// One line of the judge's ledger (<c>&lt;audit_dir&gt;/ledger.jsonl</c>): an event the judge decided or observed.
/// <see cref="Prev"/> is the SHA-256 of the previous line's bytes (64 zeros on the first line), so a line deleted,
/// edited or reordered breaks the chain from there on. <see cref="Action"/> uses the names of the project's audit
/// log (<c>test</c>, <c>polish.hidden_failed</c>, <c>freeze</c>, <c>unfreeze</c>, <c>goodhart.lock</c>, …) so the
/// two can be compared.
/// </summary>
public sealed record LedgerEntry
{
    /// <summary>1-based line number; <see cref="Seq"/>, <see cref="Time"/> and <see cref="Prev"/> are set by the append.</summary>
    public int Seq { get; init; }
    public string Time { get; set; } = "";
    public string Prev { get; set; } = "";
    public required string Action { get; init; }
    public string ComponentId { get; set; } = "";
    public SuiteKind? Kind { get; init; }
    public SuiteStatus? Status { get; init; }
    public int Passed { get; init; }
    public int Failed { get; init; }
    public int HintLevel { get; init; }
    public string Detail { get; set; } = "";

    /// <summary>The project-log line this entry stands for, when the judged event was logged there too.</summary>
    public LoggedEvent? Log { get; init; }
}
