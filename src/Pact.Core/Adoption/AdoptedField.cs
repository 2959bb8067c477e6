namespace Pact.Adoption;

/// <summary>An annotated class-level attribute (a dataclass field, a NamedTuple member).</summary>
public sealed record AdoptedField(string Name, string? Annotation, string? Default);
