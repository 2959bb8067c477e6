namespace Pact.Contracts;

[JsonConverter(typeof(SnakeCaseEnumConverter<ValidatorKind>))]
public enum ValidatorKind
{
    Range,
    Regex,
    Length,
    Custom,
}
