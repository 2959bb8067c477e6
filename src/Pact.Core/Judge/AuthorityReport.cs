namespace Pact.Judge;

/// <summary>What <c>pact authority move|new</c> returns: the authority now in force and the change recorded.</summary>
public sealed record AuthorityReport
{
    public required string AuditDir { get; init; }
    public required string KeyId { get; init; }
    public required string ProjectId { get; init; }
    public required AuthorityChange Change { get; init; }

    /// <summary>Master and ledger files carried from the old audit directory (a move).</summary>
    public IReadOnlyList<string> Carried { get; set; } = [];
}
