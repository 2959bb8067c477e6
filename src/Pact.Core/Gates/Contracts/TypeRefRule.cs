using Pact.Documents;

namespace Pact.Gates.Contracts;

/// <summary>
/// Every type expression of a contract resolves: each base name is a builtin, a type the contract defines, or a type a
/// contract it depends on defines (plainly, or qualified as <c>dependency.Type</c>).
/// </summary>
public static class TypeRefRule
{
    public const string Unresolved = "contract.type_ref.unresolved";
    public const string Malformed = "contract.type_ref.malformed";

    public static IEnumerable<Diagnostic> Check(ComponentContract contract, IReadOnlyDictionary<string, ComponentContract> dependencies, string file)
    {
        var own = contract.Types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var borrowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, dependency) in dependencies)
        {
            foreach (var type in dependency.Types)
            {
                borrowed.Add(type.Name);
                borrowed.Add($"{id}.{type.Name}");
            }
        }
        foreach (var (expression, pointer) in References(contract))
        {
            var names = TypeExpression.BaseNames(expression);
            if (names is null)
            {
                yield return Findings.Error(Malformed, file, pointer, $"'{expression}' is not a type expression (brackets must balance, names must be identifiers)",
                    "write it like list[Foo], dict[str, int] or Foo | None");
                continue;
            }
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                if (!TypeExpression.Builtins.Contains(name) && !own.Contains(name) && !borrowed.Contains(name))
                {
                    yield return Findings.Error(Unresolved, file, pointer, $"type '{name}' (in '{expression}') is neither a builtin, a type of '{contract.ComponentId}', nor a type of one of its dependencies",
                        $"define '{name}' in types, add the component that defines it to dependencies, or use a builtin such as str, int, dict");
                }
            }
        }
    }

    private static IEnumerable<(string Expression, string Pointer)> References(ComponentContract contract)
    {
        for (var t = 0; t < contract.Types.Count; t++)
        {
            var type = contract.Types[t];
            var at = $"/types/{t}";
            for (var f = 0; f < type.Fields.Count; f++)
            {
                yield return (type.Fields[f].TypeRef, $"{at}/fields/{f}/type_ref");
            }
            if (type.ItemType.Length > 0)
            {
                yield return (type.ItemType, $"{at}/item_type");
            }
            for (var i = 0; i < type.InnerTypes.Count; i++)
            {
                yield return (type.InnerTypes[i], JsonPointerText.Append($"{at}/inner_types", i));
            }
        }
        for (var f = 0; f < contract.Functions.Count; f++)
        {
            var function = contract.Functions[f];
            for (var i = 0; i < function.Inputs.Count; i++)
            {
                yield return (function.Inputs[i].TypeRef, $"/functions/{f}/inputs/{i}/type_ref");
            }
            yield return (function.OutputType, $"/functions/{f}/output_type");
        }
    }
}
