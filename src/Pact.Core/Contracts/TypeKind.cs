using System.Text.Json.Serialization;
using Pact.Serialization;

namespace Pact.Contracts;

[JsonConverter(typeof(SnakeCaseEnumConverter<TypeKind>))]
public enum TypeKind
{
    Primitive,
    Struct,
    Enum,
    List,
    Optional,
    Union,
}
