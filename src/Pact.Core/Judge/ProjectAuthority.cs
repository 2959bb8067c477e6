namespace Pact.Judge;

/// <summary>
/// <c>.pact/authority.json</c>: the project's record of its authority (the audit directory, its key id and the project
/// id it gave). pact.yaml's <c>audit_dir</c> must name the directory recorded here, holding the same ids.
/// </summary>
public sealed record ProjectAuthority
{
    public required string AuditDir { get; init; }
    public required string KeyId { get; init; }
    public required string ProjectId { get; init; }
    public IReadOnlyList<AuthorityChange> History { get; set; } = [];
}
