namespace Pact.Judge;

/// <summary>
/// One change of a project's authority: a move the old authority approved (its key signed <see cref="Approval"/>, naming
/// the new key id), or a new authority taken without approval because the old one was lost (with its reason). Kept in
/// the authority records and carried by every later certificate, so a verifier sees who signed before.
/// </summary>
public sealed record AuthorityChange
{
    public const string Move = "move";
    public const string New = "new";

    /// <summary><see cref="Move"/> or <see cref="New"/>.</summary>
    public required string Kind { get; init; }
    public required string Time { get; init; }
    public required string FromAuditDir { get; init; }
    public required string FromKeyId { get; init; }
    public required string ToAuditDir { get; init; }
    public required string ToKeyId { get; init; }

    /// <summary>Why a new authority was taken (only for <see cref="New"/>).</summary>
    public string? Reason { get; init; }

    /// <summary>For a move: the old authority's public key (PEM), whose id is <see cref="FromKeyId"/>.</summary>
    public string? FromPublicKey { get; init; }

    /// <summary>For a move: this change without its approval, signed by the old key.</summary>
    public DsseEnvelope? Approval { get; init; }
}
