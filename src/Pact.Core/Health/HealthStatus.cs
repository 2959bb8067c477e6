namespace Pact.Health;

[JsonConverter(typeof(SnakeCaseEnumConverter<HealthStatus>))]
public enum HealthStatus
{
    Healthy,
    Warning,
    Critical,
}
