namespace Pact.Production;

/// <summary>
/// A static check's outcome. <see cref="NotDetected"/> is not a failure: a tree with no OpenAPI document has nothing
/// to check, and saying "fail" there would be a false failure from a missing artifact.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<StaticCheckStatus>))]
public enum StaticCheckStatus
{
    Pass,
    Fail,
    NotDetected,
}
