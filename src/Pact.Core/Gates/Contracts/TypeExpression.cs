namespace Pact.Gates.Contracts;

/// <summary>
/// Reads the free type expressions of contracts (<c>list[dict[str, Bar]]</c>, <c>str | None</c>) the way the reference's
/// <c>extract_base_types</c> does: every name that must resolve, outermost first.
/// </summary>
public static class TypeExpression
{
    /// <summary>Names every contract may use without defining them.</summary>
    public static readonly IReadOnlySet<string> Builtins = new HashSet<string>(StringComparer.Ordinal)
    {
        "str", "int", "float", "bool", "None", "bytes", "dict", "list", "any", "Optional", "Union", "tuple", "set",
        "frozenset", "Callable", "Iterator", "Generator", "Sequence", "Mapping", "Iterable", "Any", "AsyncCallable",
        "Awaitable", "Coroutine", "AsyncIterator", "Path", "datetime",
    };

    /// <summary>
    /// <c>list[dict[str, Bar]]</c> → list, dict, str, Bar. Splits on ',' and '|' only outside brackets; a bare
    /// <c>[a, b]</c> group is unpacked. Null when the brackets do not balance or a name is empty.
    /// </summary>
    public static IReadOnlyList<string>? BaseNames(string expression)
    {
        var names = new List<string>();
        return Collect(expression, names) ? names : null;
    }

    private static bool Collect(string expression, List<string> names)
    {
        var parts = SplitTopLevel(expression);
        if (parts is null)
        {
            return false;
        }
        foreach (var raw in parts)
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                return false;
            }
            var open = part.IndexOfAny(['[', '(']);
            if (open < 0)
            {
                if (!IsName(part))
                {
                    return false;
                }
                names.Add(part);
                continue;
            }
            var close = part[open] == '[' ? ']' : ')';
            if (part[^1] != close)
            {
                return false;
            }
            var head = part[..open].Trim();
            if (head.Length > 0)
            {
                if (!IsName(head))
                {
                    return false;
                }
                names.Add(head);
            }
            var inner = part[(open + 1)..^1];
            // "Callable[[], None]" has an empty argument group: nothing to resolve there.
            if (inner.Trim().Length > 0 && !Collect(inner, names))
            {
                return false;
            }
        }
        return true;
    }

    private static List<string>? SplitTopLevel(string expression)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < expression.Length; i++)
        {
            switch (expression[i])
            {
                case '[' or '(':
                    depth++;
                    break;
                case ']' or ')':
                    if (--depth < 0)
                    {
                        return null;
                    }
                    break;
                case ',' or '|' when depth == 0:
                    parts.Add(expression[start..i]);
                    start = i + 1;
                    break;
            }
        }
        if (depth != 0)
        {
            return null;
        }
        parts.Add(expression[start..]);
        return parts;
    }

    private static bool IsName(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.') && !char.IsAsciiDigit(text[0]) && !text.StartsWith('.') && !text.EndsWith('.');
}
