namespace Pact.Adoption;

/// <summary>
/// One module of the tree being adopted, as the language's own parser read it: its path relative to the source
/// directory, its dotted name, the public interface, and the modules of the same tree it imports (dotted names).
/// <see cref="Error"/> is set when it could not be parsed; such a module is reported and not adopted.
/// </summary>
public sealed record AdoptedModule
{
    public required string Path { get; init; }
    public required string Dotted { get; init; }
    public string Doc { get; init; } = "";
    public int Loc { get; init; }

    /// <summary>The literal <c>__all__</c>, when the module has one: then it alone says what is public.</summary>
    public IReadOnlyList<string>? All { get; init; }

    public IReadOnlyList<AdoptedFunction> Functions { get; init; } = [];
    public IReadOnlyList<AdoptedClass> Classes { get; init; } = [];
    public IReadOnlyList<string> Imports { get; init; } = [];

    /// <summary>Every name its top level binds (definitions, assignments, imports): a re-export must not bind one twice.</summary>
    public IReadOnlyList<string> Bound { get; init; } = [];
    public string? Error { get; init; }

    public bool IsPublic(string name) => All is { } all ? all.Contains(name, StringComparer.Ordinal) : !name.StartsWith('_');

    public IEnumerable<AdoptedFunction> PublicFunctions => Functions.Where(f => IsPublic(f.Name));

    public IEnumerable<AdoptedClass> PublicClasses => Classes.Where(c => IsPublic(c.Name));
}
