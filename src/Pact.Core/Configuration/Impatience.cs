namespace Pact.Configuration;

[JsonConverter(typeof(SnakeCaseEnumConverter<Impatience>))]
public enum Impatience
{
    Patient,
    Normal,
    Impatient,
}
