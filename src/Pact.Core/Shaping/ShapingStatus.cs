namespace Pact.Shaping;

[JsonConverter(typeof(SnakeCaseEnumConverter<ShapingStatus>))]
public enum ShapingStatus
{
    Raw,
    Shaped,
    Reviewed,
    Accepted,
    Rejected,
}
