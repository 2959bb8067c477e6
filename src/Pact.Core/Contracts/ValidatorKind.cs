using System.Text.Json.Serialization;
using Pact.Serialization;

namespace Pact.Contracts;

[JsonConverter(typeof(SnakeCaseEnumConverter<ValidatorKind>))]
public enum ValidatorKind
{
    Range,
    Regex,
    Length,
    Custom,
}
