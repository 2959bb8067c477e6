namespace Pact.Production;

/// <summary>
/// The one placeholder rule of the pack: <c>pact production init</c> writes <see cref="Marker"/> wherever a person
/// must write something, and validate refuses any file (pack file or evidence file) that still contains it. One
/// textual marker, rather than a field per schema, works the same in YAML, Markdown and any evidence format.
/// </summary>
public static class PlaceholderRule
{
    public const string Marker = "TODO(pact)";

    /// <summary>The 1-based line of the first marker in <paramref name="text"/>, or null when there is none.</summary>
    public static int? FirstLine(string text)
    {
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? null : 1 + text.AsSpan(0, at).Count('\n');
    }
}
