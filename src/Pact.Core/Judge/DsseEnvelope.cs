namespace Pact.Judge;

/// <summary>certification/certification.json: a DSSE envelope around the base64 in-toto statement.</summary>
public sealed record DsseEnvelope
{
    public const string InTotoPayloadType = "application/vnd.in-toto+json";

    [JsonPropertyName("payloadType")]
    public string PayloadType { get; set; } = InTotoPayloadType;

    [JsonPropertyName("payload")]
    public required string Payload { get; init; }

    [JsonPropertyName("signatures")]
    public IReadOnlyList<DsseSignature> Signatures { get; set; } = [];
}
