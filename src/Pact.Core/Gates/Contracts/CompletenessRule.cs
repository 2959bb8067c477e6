namespace Pact.Gates.Contracts;

/// <summary>
/// A contract is complete enough to implement: it has functions, names are unique (functions, types, inputs, error
/// cases), every error case is named with an error type, enums have variants and lists an item type.
/// </summary>
public static class CompletenessRule
{
    public const string NoFunctions = "contract.functions.empty";
    public const string DuplicateFunction = "contract.function.duplicate";
    public const string DuplicateType = "contract.type.duplicate";
    public const string DuplicateInput = "contract.input.duplicate";
    public const string DuplicateErrorCase = "contract.error_case.duplicate";
    public const string UnnamedErrorCase = "contract.error_case.unnamed";
    public const string EnumWithoutVariants = "contract.type.enum_without_variants";
    public const string ListWithoutItemType = "contract.type.list_without_item_type";

    public static IEnumerable<Diagnostic> Check(ComponentContract contract, string file)
    {
        if (contract.Functions.Count == 0)
        {
            yield return Findings.Error(NoFunctions, file, "/functions", $"contract '{contract.ComponentId}' defines no functions", "add at least one function with inputs, an output_type and its error cases");
        }
        foreach (var d in Duplicates(contract.Functions.Select(f => f.Name), "/functions", "name", file, DuplicateFunction, "function"))
        {
            yield return d;
        }
        foreach (var d in Duplicates(contract.Types.Select(t => t.Name), "/types", "name", file, DuplicateType, "type"))
        {
            yield return d;
        }
        for (var f = 0; f < contract.Functions.Count; f++)
        {
            var function = contract.Functions[f];
            foreach (var d in Duplicates(function.Inputs.Select(i => i.Name), $"/functions/{f}/inputs", "name", file, DuplicateInput, "input"))
            {
                yield return d;
            }
            foreach (var d in Duplicates(function.ErrorCases.Select(e => e.Name), $"/functions/{f}/error_cases", "name", file, DuplicateErrorCase, "error case"))
            {
                yield return d;
            }
            for (var e = 0; e < function.ErrorCases.Count; e++)
            {
                var error = function.ErrorCases[e];
                if (error.Name.Trim().Length == 0 || error.ErrorType.Trim().Length == 0)
                {
                    var field = error.Name.Trim().Length == 0 ? "name" : "error_type";
                    yield return Findings.Error(UnnamedErrorCase, file, $"/functions/{f}/error_cases/{e}/{field}", $"an error case of '{function.Name}' has a blank {field}", "name the failure (e.g. not_found) and the error type an implementation raises (e.g. NotFoundError)");
                }
            }
        }
        for (var t = 0; t < contract.Types.Count; t++)
        {
            var type = contract.Types[t];
            if (type.Kind == TypeKind.Enum && type.Variants.Count == 0)
            {
                yield return Findings.Error(EnumWithoutVariants, file, $"/types/{t}/variants", $"enum '{type.Name}' has no variants", "list its variants");
            }
            if (type.Kind == TypeKind.List && type.ItemType.Trim().Length == 0)
            {
                yield return Findings.Error(ListWithoutItemType, file, $"/types/{t}/item_type", $"list type '{type.Name}' has no item_type", "name the type of its items");
            }
        }
    }

    private static IEnumerable<Diagnostic> Duplicates(IEnumerable<string> names, string pointer, string member, string file, string rule, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var name in names)
        {
            if (!seen.Add(name))
            {
                yield return Findings.Error(rule, file, $"{pointer}/{index}/{member}", $"{what} '{name}' is defined twice", $"rename or remove the second {what}");
            }
            index++;
        }
    }
}
