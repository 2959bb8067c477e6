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
