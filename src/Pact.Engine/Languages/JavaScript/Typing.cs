namespace Pact.Engine.Languages.JavaScript;

/// <summary>Type annotations for the TypeScript form of the JavaScript generators; nothing when writing plain JavaScript.</summary>
internal sealed class Typing(ComponentContract contract, bool typed)
{
    public bool Typed => typed;

    /// <summary><paramref name="annotation"/> in TypeScript, "" in JavaScript.</summary>
    public string Of(string annotation) => typed ? annotation : "";

    /// <summary>A contract type expression in TypeScript: str → string, int/float → number, list[T] → T[], X | None → X | null.</summary>
    public string Type(string expression)
    {
        var parts = Split(expression.Trim(), '|');
        if (parts.Count > 1)
        {
            return string.Join(" | ", parts.Select(Type));
        }
        var e = expression.Trim();
        var open = e.IndexOf('[', StringComparison.Ordinal);
        if (open > 0 && e.EndsWith(']'))
        {
            var head = e[..open];
            var args = Split(e[(open + 1)..^1], ',');
            return head switch
            {
                "list" or "set" or "Sequence" or "Iterable" => $"{Wrap(Type(args[0]))}[]",
                "Optional" => $"{Type(args[0])} | null",
                "dict" or "Mapping" => $"Record<string, {(args.Count > 1 ? Type(args[1]) : "unknown")}>",
                "Union" => string.Join(" | ", args.Select(Type)),
                _ => "unknown",
            };
        }
        return e switch
        {
            "str" => "string",
            "int" or "float" => "number",
            "bool" => "boolean",
            "None" => "null",
            "bytes" => "Uint8Array",
            "dict" => "Record<string, unknown>",
            "list" => "unknown[]",
            _ when contract.Types.Any(t => t.Name == e) => e,
            _ => "unknown",
        };
    }

    private static string Wrap(string type) => type.Contains(' ', StringComparison.Ordinal) ? $"({type})" : type;

    private static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '[' ? 1 : text[i] == ']' ? -1 : 0;
            if (text[i] == separator && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(text[start..].Trim());
        return parts;
    }
}
