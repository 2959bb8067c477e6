using System.Text.Json.Serialization;
using Pact.Serialization;

namespace Pact.Shaping;

[JsonConverter(typeof(SnakeCaseEnumConverter<RabbitHoleStatus>))]
public enum RabbitHoleStatus
{
    Patched,
    OutOfBounds,
    NeedsReview,
}
