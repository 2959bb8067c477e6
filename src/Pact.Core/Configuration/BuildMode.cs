namespace Pact.Configuration;

[JsonConverter(typeof(SnakeCaseEnumConverter<BuildMode>))]
public enum BuildMode
{
    Unary,
    Auto,
    Hierarchy,
}
