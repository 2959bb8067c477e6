using System.Text.Json.Serialization;
using Pact.Serialization;

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
