using System.Text.RegularExpressions;
using Pact.Contracts;
using Pact.Diagnostics;

namespace Pact.Gates.Contracts;

/// <summary>
/// Every validator of every field is well formed: range and length expressions follow <see cref="BoundExpression"/>'s
/// grammar and admit some value, lengths are whole non-negative numbers, regexes compile (with a match timeout), and a
/// custom validator says what it checks.
/// </summary>
public static class ValidatorRule
{
    public const string RangeInvalid = "contract.validator.range.invalid";
    public const string RangeEmpty = "contract.validator.range.empty";
    public const string LengthInvalid = "contract.validator.length.invalid";
    public const string LengthBounds = "contract.validator.length.bounds";
    public const string RegexInvalid = "contract.validator.regex.invalid";
    public const string CustomEmpty = "contract.validator.custom.empty";

    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public static IEnumerable<Diagnostic> Check(ComponentContract contract, string file)
    {
        foreach (var (field, pointer) in Fields(contract))
        {
            for (var v = 0; v < field.Validators.Count; v++)
            {
                var finding = CheckOne(field.Validators[v], $"{pointer}/validators/{v}/expression", file);
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

    private static bool Compiles(string pattern, out string problem)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout);
            problem = "";
            return true;
        }
        catch (ArgumentException e)
        {
            // The only way .NET reports a malformed pattern.
            problem = e.Message;
            return false;
        }
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
