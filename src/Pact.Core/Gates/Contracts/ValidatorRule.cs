using System.Text.RegularExpressions;

namespace Pact.Gates.Contracts;

/// <summary>
/// Every validator of every field is well formed: range and length expressions follow <see cref="BoundExpression"/>'s
/// grammar and admit some value, lengths are whole non-negative numbers, regexes compile (with a match timeout), and a
/// custom validator says what it checks. A validator also fits its field's type: a range a number, a length or a regex
/// a string. The generated stubs check every validator in code (types and function inputs alike), and a length of an
/// int or a range of a struct is code no language runs as meant (a compile error in C#, every call refused in
/// JavaScript), so it is refused here rather than generated.
/// </summary>
public static class ValidatorRule
{
    public const string RangeInvalid = "contract.validator.range.invalid";
    public const string RangeEmpty = "contract.validator.range.empty";
    public const string LengthInvalid = "contract.validator.length.invalid";
    public const string LengthBounds = "contract.validator.length.bounds";
    public const string RegexInvalid = "contract.validator.regex.invalid";
    public const string CustomEmpty = "contract.validator.custom.empty";
    public const string TypeMismatch = "contract.validator.type_mismatch";

    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public static IEnumerable<Diagnostic> Check(ComponentContract contract, string file)
    {
        foreach (var (field, pointer) in Fields(contract))
        {
            for (var v = 0; v < field.Validators.Count; v++)
            {
                var finding = CheckOne(field.Validators[v], $"{pointer}/validators/{v}/expression", file)
                    ?? CheckFit(contract, field, field.Validators[v].Kind, $"{pointer}/validators/{v}/kind", file);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private static Diagnostic? CheckOne(ValidatorSpec validator, string pointer, string file)
    {
        var text = validator.Expression;
        switch (validator.Kind)
        {
            case ValidatorKind.Range:
                var range = BoundExpression.Parse(text, "value");
                if (range is null)
                {
                    return Findings.Error(RangeInvalid, file, pointer, $"range '{text}' does not parse", "write e.g. '0.01 <= value <= 999999.99' or 'value > 0'");
                }
                return range.IsEmpty
                    ? Findings.Error(RangeEmpty, file, pointer, $"no value satisfies range '{text}'", "put the lower bound first and make it not exceed the upper one")
                    : null;
            case ValidatorKind.Length:
                var length = BoundExpression.Parse(text, "len(value)");
                if (length is null)
                {
                    return Findings.Error(LengthInvalid, file, pointer, $"length '{text}' does not parse", "write e.g. 'len(value) <= 64' or '1 <= len(value) <= 64'");
                }
                return length.IsEmpty || length.Numbers().Any(n => n < 0 || n != decimal.Truncate(n)) || length.High is 0 && !length.HighInclusive
                    ? Findings.Error(LengthBounds, file, pointer, $"length bounds of '{text}' are not sane: they must be whole, not negative, and admit some length", "use whole numbers with 0 <= low <= high")
                    : null;
            case ValidatorKind.Regex:
                return Compiles(text, out var problem)
                    ? null
                    : Findings.Error(RegexInvalid, file, pointer, $"regex '{text}' does not compile: {problem}", "fix the pattern; it is checked as a .NET regular expression");
            default:
                return text.Trim().Length == 0
                    ? Findings.Error(CustomEmpty, file, pointer, "a custom validator must say what it checks", "describe the check, e.g. 'value is a valid IBAN'")
                    : null;
        }
    }

    /// <summary>
    /// A validator whose kind cannot apply to the field's type. Only types known to be wrong are refused: a builtin
    /// of another kind, or a struct, enum or list of this contract; a dependency's type or a union is left alone.
    /// </summary>
    private static Diagnostic? CheckFit(ComponentContract contract, FieldSpec field, ValidatorKind kind, string pointer, string file)
    {
        if (kind == ValidatorKind.Custom || Scalar(field.TypeRef) is not { } name)
        {
            return null;
        }
        var wants = kind == ValidatorKind.Range ? "a number (int or float)" : "a string (str)";
        var fits = kind == ValidatorKind.Range ? name is "int" or "float" : name == "str";
        var known = Builtins.Contains(name) || contract.Types.Any(t => t.Name == name && t.Kind is TypeKind.Struct or TypeKind.Enum or TypeKind.List);
        return fits || !known
            ? null
            : Findings.Error(TypeMismatch, file, pointer, $"a {kind.ToString().ToLowerInvariant()} validator needs {wants}, but '{field.Name}' is {field.TypeRef}", "change the field's type, or the validator's kind (a custom validator can describe any other check)");
    }

    private static readonly HashSet<string> Builtins = new(["int", "float", "str", "bool", "bytes", "None", "dict", "list", "set", "tuple", "frozenset", "any", "Any", "datetime", "Path"], StringComparer.Ordinal);

    /// <summary>The one type a type expression names, seen through Optional[…] and "| None"; null for a union of several.</summary>
    private static string? Scalar(string typeRef)
    {
        var name = typeRef.Trim();
        if (name.Count(c => c == '[') != name.Count(c => c == ']'))
        {
            return null; // malformed: contract.type_ref.malformed says so, once
        }
        if (name.StartsWith("Optional[", StringComparison.Ordinal) && name.EndsWith(']'))
        {
            name = name[9..^1].Trim();
        }
        var parts = name.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(p => p != "None").ToList();
        if (parts.Count != 1)
        {
            return null;
        }
        var bracket = parts[0].IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? parts[0] : parts[0][..bracket].Trim();
    }

    /// <summary>What each pattern compiled to: `pact validate` meets the same few patterns in every contract of a project.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Compiled = new(StringComparer.Ordinal);

    private static bool Compiles(string pattern, out string problem)
    {
        problem = Compiled.GetOrAdd(pattern, static p =>
        {
            try
            {
                _ = new Regex(p, RegexOptions.CultureInvariant, RegexTimeout);
                return "";
            }
            catch (ArgumentException e)
            {
                // The only way .NET reports a malformed pattern.
                return e.Message;
            }
        });
        return problem.Length == 0;
    }

    private static IEnumerable<(FieldSpec Field, string Pointer)> Fields(ComponentContract contract)
    {
        for (var t = 0; t < contract.Types.Count; t++)
        {
            for (var f = 0; f < contract.Types[t].Fields.Count; f++)
            {
                yield return (contract.Types[t].Fields[f], $"/types/{t}/fields/{f}");
            }
        }
        for (var f = 0; f < contract.Functions.Count; f++)
        {
            for (var i = 0; i < contract.Functions[f].Inputs.Count; i++)
            {
                yield return (contract.Functions[f].Inputs[i], $"/functions/{f}/inputs/{i}");
            }
        }
    }
}
