namespace Pact.Judge;

/// <summary>
/// <c>&lt;audit_dir&gt;/authority.json</c>: the audit directory's own statement of whose authority it is (the project's
/// id and root) and with which key it signs, with every change of authority that led to it.
/// </summary>
public sealed record AuthorityRecord
{
    public required string ProjectId { get; init; }
    public required string KeyId { get; init; }
    public required string ProjectRoot { get; init; }
    public required string Created { get; init; }
    public IReadOnlyList<AuthorityChange> History { get; set; } = [];
}
