namespace Pact.Configuration;

[JsonConverter(typeof(SnakeCaseEnumConverter<ShapingDepth>))]
public enum ShapingDepth
{
    Light,
    Standard,
    Thorough,
}
