using System.Text.Json.Serialization;
using Pact.Serialization;

namespace Pact.Shaping;

[JsonConverter(typeof(SnakeCaseEnumConverter<Appetite>))]
public enum Appetite
{
    Small,
    Big,
}
