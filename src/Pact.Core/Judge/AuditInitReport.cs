namespace Pact.Judge;

/// <summary>What <c>pact audit-init</c> returns.</summary>
public sealed record AuditInitReport
{
    public required string AuditDir { get; init; }
    public required string PublicKey { get; init; }

    /// <summary>The signing key's id: what CI pins (<c>pact certify --verify --keyid</c>, or <c>--key</c> with <see cref="PublicKey"/>).</summary>
    public required string KeyId { get; init; }
    public IReadOnlyList<string> MovedMasters { get; set; } = [];

    /// <summary>With <c>--owner</c>: the OS user the audit directory now belongs to (separate-user mode).</summary>
    public string? Owner { get; init; }

    /// <summary>With <c>--owner</c>: the file holding the code token, which the operator hands to the implementer.</summary>
    public string? CodeToken { get; init; }
}
