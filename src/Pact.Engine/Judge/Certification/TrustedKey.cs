namespace Pact.Engine.Judge.Certification;

/// <summary>A public key the operator trusts, with where it was found (named in every verify report).</summary>
public sealed record TrustedKey(string KeyId, string Source, string Pem);
