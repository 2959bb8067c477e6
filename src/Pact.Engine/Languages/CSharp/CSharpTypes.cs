namespace Pact.Engine.Languages.CSharp;

/// <summary>Contract type expressions in C#: str → string, int → long, float → double, list[T] → IReadOnlyList&lt;T&gt;, X | None → X?.</summary>
internal sealed class CSharpTypes(ComponentContract contract)
{
    public string Of(string expression)
    {
        var e = expression.Trim();
        if (e.EndsWith("| None", StringComparison.Ordinal))
        {
            return Of(e[..e.LastIndexOf('|')]) + "?";
        }
        var open = e.IndexOf('[', StringComparison.Ordinal);
        if (open > 0 && e.EndsWith(']'))
        {
            var head = e[..open];
            var inner = e[(open + 1)..^1];
            return head switch
            {
                "list" or "set" or "Sequence" or "Iterable" when !inner.Contains(',', StringComparison.Ordinal) => $"System.Collections.Generic.IReadOnlyList<{Of(inner)}>",
                "Optional" => Of(inner) + "?",
                "dict" or "Mapping" => "System.Collections.Generic.IReadOnlyDictionary<string, object>",
                _ => "object",
            };
        }
        return e switch
        {
            "str" => "string",
            "int" => "long",
            "float" => "double",
            "bool" => "bool",
            "bytes" => "byte[]",
            "dict" => "System.Collections.Generic.IReadOnlyDictionary<string, object>",
            "list" => "System.Collections.Generic.IReadOnlyList<object>",
            _ when contract.Types.Any(t => t.Name == e && t.Kind is TypeKind.Struct or TypeKind.Enum) => e,
            _ when contract.Types.FirstOrDefault(t => t.Name == e && t.Kind == TypeKind.List) is { } list => $"System.Collections.Generic.IReadOnlyList<{Of(list.ItemType)}>",
            _ => "object",
        };
    }

    /// <summary>The component's static class of functions: <c>pricing</c> → <c>PricingComponent</c>.</summary>
    public static string ClassName(ComponentContract contract) =>
        string.Concat(contract.ComponentId.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + "Component";
}
