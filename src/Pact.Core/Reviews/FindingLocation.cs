namespace Pact.Reviews;

/// <summary>
/// Where a finding is: a file of the project and a line in it, or a clause of a component's contract (its id and a
/// JSON pointer into interface.json). Pact adds the hash of the named file when it stores the review, so that
/// "fixed" can later be checked against it.
/// </summary>
public sealed record FindingLocation
{
    /// <summary>Project-relative, '/' separated (src/money/money.py).</summary>
    public string? File { get; init; }
    public int? Line { get; init; }

    /// <summary>The component whose contract holds the clause.</summary>
    public string? Contract { get; init; }

    /// <summary>The clause's JSON pointer in the contract (/functions/0/postconditions/1).</summary>
    public string? Pointer { get; init; }

    /// <summary>Set by Pact: the sha256 of the named file (or of the contract) when the review was stored.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The project-relative file the location names: the file itself, or the contract's interface.json.</summary>
    [JsonIgnore]
    public string? Path => File ?? (Contract is null ? null : Gates.ArtifactPaths.Contract(Contract));

    public override string ToString() => File is not null ? $"{File}:{Line}" : $"{Path}#{Pointer}";
}
