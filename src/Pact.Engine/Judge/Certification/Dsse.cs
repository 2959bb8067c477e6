namespace Pact.Engine.Judge.Certification;

/// <summary>DSSE v1: signatures cover the pre-authentication encoding of payload type and payload, never the JSON around them.</summary>
public static class Dsse
{
    public static byte[] Pae(string payloadType, byte[] payload)
    {
        var type = Encoding.UTF8.GetBytes(payloadType);
        var header = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"DSSEv1 {type.Length} {payloadType} {payload.Length} "));
        return [.. header, .. payload];
    }

    public static DsseEnvelope Sign(byte[] payload, ECDsa key) => new()
    {
        Payload = Convert.ToBase64String(payload),
        Signatures =
        [
            new DsseSignature
            {
                KeyId = SigningKeys.KeyId(key),
                Sig = Convert.ToBase64String(key.SignData(Pae(DsseEnvelope.InTotoPayloadType, payload), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)),
            },
        ],
    };

    /// <summary>True when some signature of the envelope verifies with <paramref name="key"/>.</summary>
    public static bool Verify(DsseEnvelope envelope, byte[] payload, ECDsa key) =>
        envelope.Signatures.Any(s => TryDecode(s.Sig) is { } signature
            && key.VerifyData(Pae(envelope.PayloadType, payload), signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    public static byte[]? TryDecode(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }
}
