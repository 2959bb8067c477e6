using Pact.Gates.Contracts;

namespace Pact.Adoption;

/// <summary>
/// A Python annotation as a contract type expression: typing's aliases spelled as the builtins (<c>List[int]</c> →
/// <c>list[int]</c>, <c>typing.Optional</c> → <c>Optional</c>), kept when every name in it resolves (a builtin or a
/// type the contract itself declares), else <c>Any</c>, which the host agent tightens. A missing annotation is
/// <c>Any</c> too: adoption states what the code says, never a guess.
/// </summary>
public static class PythonTypes
{
    private static readonly (string From, string To)[] Aliases =
    [
        ("typing.", ""), ("collections.abc.", ""), ("List", "list"), ("Dict", "dict"), ("Tuple", "tuple"), ("Set", "set"), ("FrozenSet", "frozenset"),
    ];

    public static string Map(string? annotation, IReadOnlySet<string> declared)
    {
        if (string.IsNullOrWhiteSpace(annotation))
        {
            return "Any";
        }
        var text = annotation.Trim().Trim('"', '\'');
        foreach (var (from, to) in Aliases)
        {
            text = from.EndsWith('.') ? text.Replace(from, to, StringComparison.Ordinal) : Replace(text, from, to);
        }
        return TypeExpression.BaseNames(text) is { } names && names.All(n => TypeExpression.Builtins.Contains(n) || declared.Contains(n)) ? text : "Any";
    }

    /// <summary>Replaces <paramref name="name"/> only as a whole word (List, not Listing).</summary>
    private static string Replace(string text, string name, string with) =>
        System.Text.RegularExpressions.Regex.Replace(text, $@"\b{name}\b", with, System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
