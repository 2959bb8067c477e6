namespace Pact.Readiness;

[JsonConverter(typeof(SnakeCaseEnumConverter<ReadinessDimension>))]
public enum ReadinessDimension
{
    OperationalMaturity,
    Security,
    Privacy,
    Compliance,
    Gating,
    Testing,
    Monitoring,
}
