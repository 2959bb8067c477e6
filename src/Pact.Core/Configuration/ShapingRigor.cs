using System.Text.Json.Serialization;
using Pact.Serialization;

namespace Pact.Configuration;

[JsonConverter(typeof(SnakeCaseEnumConverter<ShapingRigor>))]
public enum ShapingRigor
{
    Relaxed,
    Moderate,
    Strict,
}
