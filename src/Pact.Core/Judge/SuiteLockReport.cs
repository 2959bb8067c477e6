namespace Pact.Judge;

/// <summary>What <c>pact tests</c> and <c>pact goodhart</c> return after locking a suite.</summary>
public sealed record SuiteLockReport
{
    public required string ComponentId { get; init; }
    public required SuiteKind Kind { get; init; }
    public required string Sha256 { get; init; }
    public int TestCases { get; init; }

    /// <summary>Cases added by this submission (all of them for a first lock).</summary>
    public int Added { get; init; }
    public bool Frozen { get; init; }

    /// <summary>Files written in the project (the visible view); empty for a hidden suite.</summary>
    public IReadOnlyList<string> Views { get; set; } = [];
}
