using System.Text.RegularExpressions;
using Pact.Adoption;

namespace Pact.Import;

/// <summary>
/// What the three formats share: <c>[NEEDS CLARIFICATION: …]</c> markers, sections of open questions, assumptions
/// and risks under whatever heading level, and component ids made from names.
/// </summary>
public static partial class SpecSections
{
    /// <summary>
    /// Each <c>[NEEDS CLARIFICATION: …]</c> marker of <paramref name="text"/> as a question, prefixed with the
    /// requirement or field it sits in (<c>FR-006: auth method not specified</c>) so the question says what it is about.
    /// </summary>
    public static IReadOnlyList<string> Clarifications(string text)
    {
        var found = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            foreach (Match marker in Clarification().Matches(line))
            {
                var question = Markdown.Plain(marker.Groups[1].Value).Trim().TrimEnd('.');
                var label = Label().Match(line.Trim());
                found.Add(label.Success ? $"{Markdown.Plain(label.Groups[1].Value).TrimEnd(':')}: {question}" : question);
            }
        }
        return found;
    }

    /// <summary>Open questions: the items (or, without a list, the paragraphs) of every section headed like one.</summary>
    public static IReadOnlyList<string> OpenQuestions(MarkdownOutline outline) =>
        ItemsOf(outline, h => Markdown.Mentions(h, "open question", "unresolved", "outstanding question", "questions") && !Markdown.Mentions(h, "clarification"));

    public static IReadOnlyList<string> Assumptions(MarkdownOutline outline) => ItemsOf(outline, h => Markdown.Mentions(h, "assumption"));

    public static IReadOnlyList<string> Risks(MarkdownOutline outline) => ItemsOf(outline, h => Markdown.Mentions(h, "risk"));

    /// <summary>The list items of each matching section and its subsections; a section without a list gives its paragraphs.</summary>
    public static IReadOnlyList<string> ItemsOf(MarkdownOutline outline, Func<string, bool> heading)
    {
        var found = new List<string>();
        foreach (var section in outline.FindAll(heading))
        {
            var lines = outline.AllLines(section);
            var items = Markdown.Items(lines);
            found.AddRange(items.Count > 0 ? items : Markdown.Paragraphs(lines));
        }
        return [.. found.Where(i => i.Length > 0 && !Placeholder(i)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Template text nobody filled in (<c>[Describe …]</c>, <c>None</c>): not worth carrying.</summary>
    public static bool Placeholder(string text) =>
        (text.StartsWith('[') && text.EndsWith(']') && !text.Contains("NEEDS CLARIFICATION", StringComparison.Ordinal))
        || text.Equals("none", StringComparison.OrdinalIgnoreCase) || text.Equals("n/a", StringComparison.OrdinalIgnoreCase) || text.Equals("tbd", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Components with ids from their names (the schema's <c>^[a-z][a-z0-9_]{0,63}$</c>), made unique with a
    /// suffix, none equal to <paramref name="reserved"/> (the root's id).
    /// </summary>
    public static IReadOnlyList<ImportedComponent> Components(IEnumerable<(string Name, string Description)> parts, string reserved)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { reserved };
        var components = new List<ImportedComponent>();
        foreach (var (name, description) in parts)
        {
            var id = Id(name, "component");
            var unique = id;
            for (var n = 2; !taken.Add(unique); n++)
            {
                var suffix = $"_{n}";
                unique = (id.Length + suffix.Length > 64 ? id[..(64 - suffix.Length)] : id) + suffix;
            }
            components.Add(new ImportedComponent { Id = unique, Name = name, Description = description });
        }
        return components;
    }

    /// <summary>An id from a name: lower-case words joined by '_', leading digits dropped, at most 40 characters.</summary>
    public static string Id(string name, string fallback)
    {
        var id = Regex.Replace(AdoptionPlanner.IdFrom(Markdown.Plain(name)), "_+", "_").Trim('_');
        id = id.Length > 40 ? id[..40].TrimEnd('_') : id;
        return id.Length == 0 || id == "module" ? fallback : id;
    }

    [GeneratedRegex(@"\[NEEDS CLARIFICATION:?\s*([^\]]*)\]", RegexOptions.IgnoreCase)]
    private static partial Regex Clarification();

    [GeneratedRegex(@"^(?:[-*+]\s+)?\*\*([^*]+?)\*\*")]
    private static partial Regex Label();
}
