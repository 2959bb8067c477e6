using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pact.Contracts;

namespace Pact.Engine.Languages;

/// <summary>Spelling helpers the stub and test generators of every language share.</summary>
internal static class CodeText
{
    /// <summary>A double-quoted string literal valid in Python, JavaScript, TypeScript and C# (JSON escapes).</summary>
    public static string Quote(string text) => $"\"{JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"";

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The literal PACT key of a function (docs/PACT_KEYS.md).</summary>
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
