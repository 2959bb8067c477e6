using System.Text.RegularExpressions;

namespace Pact.Import;

/// <summary>
/// A Markdown document as its headings, in order, each with the lines directly under it. Headings inside fenced code
/// blocks are text, not headings: a plan's directory tree or a sample file must not split the document.
/// </summary>
public sealed partial class MarkdownOutline
{
    private MarkdownOutline(IReadOnlyList<MarkdownSection> sections) => Sections = sections;

    public IReadOnlyList<MarkdownSection> Sections { get; }

    /// <summary>The title: the first level-1 heading, or the first heading of any level.</summary>
    public string Title => (Sections.FirstOrDefault(s => s.Level == 1) ?? Sections.FirstOrDefault(s => s.Level > 0))?.Heading ?? "";

    public static MarkdownOutline Parse(string text)
    {
        var sections = new List<MarkdownSection>();
        var level = 0;
        var heading = "";
        var lines = new List<string>();
        var fenced = false;
        // A template's <!-- ACTION REQUIRED … --> notes are for the author, never part of the spec.
        foreach (var raw in Comment().Replace(text.ReplaceLineEndings("\n"), "").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            var hashes = fenced ? 0 : line.TakeWhile(c => c == '#').Count();
            if (hashes is > 0 and <= 6 && line.Length > hashes && line[hashes] == ' ')
            {
                sections.Add(new MarkdownSection { Level = level, Heading = heading, Lines = lines });
                level = hashes;
                heading = Markdown.Plain(line[hashes..].Trim().TrimEnd('#').Trim());
                lines = [];
                continue;
            }
            lines.Add(line);
        }
        sections.Add(new MarkdownSection { Level = level, Heading = heading, Lines = lines });
        return new MarkdownOutline([.. sections.Where(s => s.Level > 0 || s.Lines.Any(l => l.Length > 0))]);
    }

    /// <summary>The first section whose heading matches, at any level.</summary>
    public MarkdownSection? Find(Func<string, bool> heading) => Sections.FirstOrDefault(s => s.Level > 0 && heading(s.Heading));

    /// <summary>The sections whose heading matches.</summary>
    public IEnumerable<MarkdownSection> FindAll(Func<string, bool> heading) => Sections.Where(s => s.Level > 0 && heading(s.Heading));

    /// <summary>The sections below <paramref name="parent"/>, up to the next heading of its level or higher.</summary>
    public IReadOnlyList<MarkdownSection> Under(MarkdownSection parent)
    {
        var start = IndexOf(parent) + 1;
        return [.. Sections.Skip(start).TakeWhile(s => s.Level > parent.Level)];
    }

    /// <summary>The direct subsections of <paramref name="parent"/> (one level down, or the next level used).</summary>
    public IReadOnlyList<MarkdownSection> Children(MarkdownSection parent)
    {
        var under = Under(parent);
        if (under.Count == 0)
        {
            return [];
        }
        var next = under.Min(s => s.Level);
        return [.. under.Where(s => s.Level == next)];
    }

    /// <summary>Every line of <paramref name="parent"/> and its subsections, the subsections' headings included.</summary>
    public IReadOnlyList<string> AllLines(MarkdownSection parent) =>
        [.. parent.Lines, .. Under(parent).SelectMany(s => (IEnumerable<string>)[new string('#', s.Level) + " " + s.Heading, .. s.Lines])];

    private int IndexOf(MarkdownSection section)
    {
        for (var i = 0; i < Sections.Count; i++)
        {
            if (ReferenceEquals(Sections[i], section))
            {
                return i;
            }
        }
        return -1;
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
