namespace Pact.Judge;

/// <summary>What <c>pact audit-init</c> returns.</summary>
public sealed record AuditInitReport
{
    public required string AuditDir { get; init; }
    public required string PublicKey { get; init; }
    public IReadOnlyList<string> MovedMasters { get; set; } = [];
}
