namespace Pact.Contracts;

/// <summary>The domains a component is the single authority for; no two components may claim one domain.</summary>
public sealed record AuthorityDeclaration
{
    public IReadOnlyList<string> Domains { get; set; } = [];
    public string? Rationale { get; init; }
}
