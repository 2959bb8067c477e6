namespace Pact.Production;

/// <summary>What the OpenAPI shape check found in one document: its version and each shape problem (empty: it passes).</summary>
public sealed record OpenApiAssessment
{
    public required string File { get; init; }
    public required string Version { get; init; }
    public required int Operations { get; init; }
    public required IReadOnlyList<string> Problems { get; init; }
}
