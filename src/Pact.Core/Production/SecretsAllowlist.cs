namespace Pact.Production;

/// <summary>production/secrets-allowlist.yaml.</summary>
public sealed record SecretsAllowlist
{
    public required string Version { get; init; }
    public IReadOnlyList<SecretAllowance> Allow { get; set; } = [];
}
