namespace Pact.Production;

/// <summary><c>pact production fingerprint</c>: the project's source fingerprint and the files it covers.</summary>
public sealed record FingerprintReport
{
    public required string ProjectDir { get; init; }
    public required string Fingerprint { get; init; }

    /// <summary>The inputs hashed, relative to the project root, in the order hashed.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>True when <c>--write</c> stored it in manifest.yaml.</summary>
    public bool Written { get; init; }
}
