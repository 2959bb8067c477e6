namespace Pact.Shaping;

[JsonConverter(typeof(SnakeCaseEnumConverter<RabbitHoleStatus>))]
public enum RabbitHoleStatus
{
    Patched,
    OutOfBounds,
    NeedsReview,
}
