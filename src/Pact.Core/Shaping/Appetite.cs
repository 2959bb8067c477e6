namespace Pact.Shaping;

[JsonConverter(typeof(SnakeCaseEnumConverter<Appetite>))]
public enum Appetite
{
    Small,
    Big,
}
