using System.Text.Encodings.Web;

namespace Pact.Engine.Languages;

/// <summary>Spelling helpers the stub and test generators of every language share.</summary>
internal static class CodeText
{
    /// <summary>A double-quoted string literal valid in Python, JavaScript, TypeScript and C# (JSON escapes).</summary>
    public static string Quote(string text) => $"\"{JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"";

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The literal PACT key of a function (docs/PACT_KEYS.md).</summary>
    /// <summary>
    /// A range or length validator as comparisons of <paramref name="subject"/> with its bounds (e.g. "x >= 1",
    /// "x &lt; 10"), the same in every C-like language; each generator joins them with its own "and".
    /// </summary>
    public static IEnumerable<string> Comparisons(Pact.Generation.FieldCheck check, string subject, string notEqual = "!=")
    {
        var bound = check.Bound!;
        if (bound.Low is { } low)
        {
            yield return $"{subject} {(bound.LowInclusive ? ">=" : ">")} {Number(low)}";
        }

        if (bound.High is { } high)
        {
            yield return $"{subject} {(bound.HighInclusive ? "<=" : "<")} {Number(high)}";
        }

        if (bound.Except is { } except)
        {
            yield return $"{subject} {notEqual} {Number(except)}";
        }
    }

    /// <summary>
    /// Each function's PACT key and its declared side effects (the free-text list, else the structured kinds): what
    /// a stub's events carry as <c>side_effects</c>, looked up by key so every emit call stays one short line.
    /// </summary>
    public static IEnumerable<(string Key, IReadOnlyList<string> Effects)> SideEffects(ComponentContract contract) =>
        contract.Functions.Select(f => (Key(contract, f), f.SideEffects.Count > 0 ? f.SideEffects : (IReadOnlyList<string>)[.. f.StructuredSideEffects.Select(e => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(e.Kind.ToString()))]));

    public static string Key(ComponentContract contract, FunctionContract function) => $"PACT:{contract.ComponentId}:{function.Name}";

    /// <summary>An enum variant as an identifier: letters, digits and '_', not starting with a digit.</summary>
    public static string Identifier(string text)
    {
        var id = string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
        return id.Length == 0 || char.IsAsciiDigit(id[0]) ? "_" + id : id;
    }

    /// <summary>snake_case → camelCase, for JavaScript and TypeScript parameter names.</summary>
    public static string Camel(string name)
    {
        var parts = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? name : parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
