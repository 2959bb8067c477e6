namespace Pact.Adoption;

/// <summary>
/// The draft contract of one adopted component, extracted mechanically: every public function of its modules with its
/// parameters in call order (required unless they have a default), its return type, async-ness and the first line of
/// its docstring; every public class as a type (an enum with its members, else a struct with its annotated fields).
/// Nothing is invented: no validators, error cases or conditions, which the host agent adds when it tightens the
/// contract; a name the code does not annotate is <c>Any</c>. The language's type mapping (<see cref="PythonTypes"/>,
/// <see cref="ScriptTypes"/>) turns an annotation into a contract type expression.
/// </summary>
public static class DraftContracts
{
    public static ComponentContract For(AdoptedComponent component, IReadOnlyDictionary<string, AdoptedModule> modules, Func<string?, IReadOnlySet<string>, string> map)
    {
        var members = component.Modules.Select(m => modules[m]).ToList();
        var classes = members.SelectMany(m => m.PublicClasses.Select(c => (Module: m, Class: c))).DistinctBy(c => c.Class.Name, StringComparer.Ordinal).ToList();
        var declared = classes.Select(c => c.Class.Name).ToHashSet(StringComparer.Ordinal);
        var functions = members.SelectMany(m => m.PublicFunctions.Select(f => (Module: m, Function: f)))
            .Where(f => !declared.Contains(f.Function.Name))
            .DistinctBy(f => f.Function.Name, StringComparer.Ordinal).ToList();
        var entry = members[0];
        var paths = string.Join(", ", members.Select(m => m.Path));
        return new ComponentContract
        {
            ComponentId = component.Id,
            Name = Title(component.Id),
            Description = entry.Doc.Length > 0 ? $"{Sentence(entry.Doc)} Adopted from {paths}." : $"The existing code of {paths}, adopted as it is.",
            Types = [.. classes.Select(c => Type(c.Module, c.Class, declared, map))],
            Functions = [.. functions.Select(f => Function(f.Module, f.Function, declared, map))],
            Dependencies = component.Dependencies,
        };
    }

    private static TypeSpec Type(AdoptedModule module, AdoptedClass type, IReadOnlySet<string> declared, Func<string?, IReadOnlySet<string>, string> map) => type.IsEnum && type.Variants.Count > 0
        ? new TypeSpec { Name = type.Name, Kind = TypeKind.Enum, Variants = type.Variants, Description = Describe(type.Doc, type.Name, module) }
        : new TypeSpec
        {
            Name = type.Name,
            Kind = TypeKind.Struct,
            Fields = [.. type.Fields.Select(f => new FieldSpec { Name = f.Name, TypeRef = map(f.Annotation, declared), Required = f.Default is null, Default = f.Default ?? "" })],
            Description = Describe(type.Doc, type.Name, module),
        };

    private static FunctionContract Function(AdoptedModule module, AdoptedFunction function, IReadOnlySet<string> declared, Func<string?, IReadOnlySet<string>, string> map) => new()
    {
        Name = function.Name,
        Description = Describe(function.Doc, function.Name, module),
        Inputs = [.. function.Parameters.Where(p => !p.IsVariadic).Select(p => new FieldSpec
        {
            Name = p.Name,
            TypeRef = map(p.Annotation, declared),
            Required = p.Default is null,
            Default = p.Default ?? "",
        })],
        OutputType = function.Returns is null ? "Any" : map(function.Returns, declared),
        IsAsync = function.IsAsync,
    };

    private static string Describe(string doc, string name, AdoptedModule module) => doc.Length > 0 ? Sentence(doc) : $"{name} as defined in {module.Path}.";

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    private static string Title(string id) => string.Join(' ', id.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
