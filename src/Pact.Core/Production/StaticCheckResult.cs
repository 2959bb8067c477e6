namespace Pact.Production;

/// <summary>One static check over the project tree, with the files that back its verdict.</summary>
public sealed record StaticCheckResult
{
    public required DerivedEvidence Check { get; init; }
    public required StaticCheckStatus Status { get; init; }
    public required string Summary { get; init; }

    /// <summary>What the verdict rests on: files found, or findings as <c>file:line rule</c>.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
}
