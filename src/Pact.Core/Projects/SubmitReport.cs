namespace Pact.Projects;

/// <summary>What a submission (<c>pact decompose|contract|interview|shape</c>) stored: the artifact and the files written.</summary>
public sealed record SubmitReport
{
    public required string ProjectDir { get; init; }
    /// <summary>The artifact kind, as <c>pact schema</c> names it: decomposition, contract, interview, pitch.</summary>
    public required string Artifact { get; init; }
    public string? ComponentId { get; init; }
    /// <summary>The contract version stored (contracts only).</summary>
    public int? Version { get; init; }
    public required IReadOnlyList<string> Written { get; init; }
}
