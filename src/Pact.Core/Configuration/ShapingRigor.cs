namespace Pact.Configuration;

[JsonConverter(typeof(SnakeCaseEnumConverter<ShapingRigor>))]
public enum ShapingRigor
{
    Relaxed,
    Moderate,
    Strict,
}
