namespace Pact.Adoption;

/// <summary>
/// A top-level type of an existing module: its annotated fields, or for an enum its members. <see cref="TypeOnly"/>
/// marks one that exists only for the compiler (a TypeScript interface, type alias or const enum): nothing to import at run time.
/// </summary>
public sealed record AdoptedClass(string Name, string Doc, IReadOnlyList<AdoptedField> Fields, IReadOnlyList<string> Variants, bool IsEnum, bool TypeOnly = false);
