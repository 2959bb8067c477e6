namespace Pact.Adoption;

/// <summary>A top-level class of an existing module: its annotated fields, or for an enum its members.</summary>
public sealed record AdoptedClass(string Name, string Doc, IReadOnlyList<AdoptedField> Fields, IReadOnlyList<string> Variants, bool IsEnum);
