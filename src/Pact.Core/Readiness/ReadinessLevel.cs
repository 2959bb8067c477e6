namespace Pact.Readiness;

/// <summary>How much rigour a dimension asks for. Levels are cumulative: each includes the controls of the ones below it.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ReadinessLevel>))]
public enum ReadinessLevel
{
    None,
    Basic,
    Standard,
    Strict,
    Regulated,
}
