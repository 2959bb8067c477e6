namespace Pact.Judge;

/// <summary>One DSSE signature: key id (SHA-256 of the public key's SubjectPublicKeyInfo) and the base64 DER signature.</summary>
public sealed record DsseSignature
{
    [JsonPropertyName("keyid")]
    public required string KeyId { get; init; }

    [JsonPropertyName("sig")]
    public required string Sig { get; init; }
}
