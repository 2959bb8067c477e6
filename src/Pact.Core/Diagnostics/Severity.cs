namespace Pact.Diagnostics;

[JsonConverter(typeof(SnakeCaseEnumConverter<Severity>))]
public enum Severity
{
    Error,
    Warning,
    Info,
}
