using System.Text.Json.Serialization;
using Pact.Serialization;

namespace Pact.Configuration;

[JsonConverter(typeof(SnakeCaseEnumConverter<ShapingDepth>))]
public enum ShapingDepth
{
    Light,
    Standard,
    Thorough,
}
