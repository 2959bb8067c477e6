namespace Pact.Engine.Backends;

/// <summary>Why an API call failed, read from its SDK's exception: what happened, whether the key was refused, and whether the API was reached at all.</summary>
public sealed record ChatApiFault(string Message, bool Credentials, bool Unreachable);
