using System.Text.RegularExpressions;

namespace Pact.Import;

/// <summary>The few pieces of Markdown the readers need, by hand: list items, paragraphs, bold labels, plain text.</summary>
public static partial class Markdown
{
    /// <summary>The text without emphasis, code ticks and link targets: what a reader of the rendered page sees.</summary>
    public static string Plain(string text)
    {
        var plain = Link().Replace(text, "$1");
        plain = plain.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
        plain = Emphasis().Replace(plain, "$1");
        plain = Underscored().Replace(plain, "$1");
        return Spaces().Replace(plain, " ").Trim();
    }

    /// <summary>
    /// The top-level items of the lists in <paramref name="lines"/> (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>), each
    /// with its wrapped continuation lines joined; nested items are left out (a task's sub-steps, a scenario's lines).
    /// Checkboxes (<c>[ ]</c>, <c>[x]</c>) are dropped.
    /// </summary>
    public static IReadOnlyList<string> Items(IEnumerable<string> lines) => [.. ItemsWithChildren(lines).Select(i => i.Text)];

    /// <summary>The top-level list items, each with the plain text of its nested items.</summary>
    public static IReadOnlyList<(string Text, IReadOnlyList<string> Children)> ItemsWithChildren(IEnumerable<string> lines)
    {
        var items = new List<(string Text, List<string> Children)>();
        int? indent = null;
        var fenced = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }
            if (fenced || line.Trim().Length == 0)
            {
                continue;
            }
            var at = line.Length - line.TrimStart().Length;
            var item = ItemStart().Match(line.TrimStart());
            if (item.Success)
            {
                indent ??= at;
                var text = Plain(Checkbox().Replace(line.TrimStart()[item.Length..], ""));
                if (at <= indent)
                {
                    items.Add((text, []));
                }
                else if (items.Count > 0)
                {
                    items[^1].Children.Add(text);
                }
                continue;
            }
            if (items.Count > 0 && at > indent)
            {
                // A wrapped line belongs to the last item or, when that has children, to its last child.
                var children = items[^1].Children;
                if (children.Count > 0)
                {
                    children[^1] += " " + Plain(line);
                }
                else
                {
                    items[^1] = (items[^1].Text + " " + Plain(line), children);
                }
            }
        }
        return [.. items.Select(i => (i.Text, (IReadOnlyList<string>)i.Children))];
    }

    /// <summary>The paragraphs of <paramref name="lines"/> that are not lists, tables, quotes' markers or code, as plain text.</summary>
    public static IReadOnlyList<string> Paragraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        var fenced = false;
        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(Plain(string.Join(" ", current)));
                current.Clear();
            }
        }
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                Flush();
                continue;
            }
            if (fenced || line.Length == 0 || ItemStart().IsMatch(line) || line.StartsWith('|') || line.StartsWith("<!--", StringComparison.Ordinal) || line == "---")
            {
                Flush();
                continue;
            }
            current.Add(line.TrimStart('>').Trim());
        }
        Flush();
        return [.. paragraphs.Where(p => p.Length > 0)];
    }

    /// <summary>Lines of the form <c>**Label**: value</c> (or <c>- **Label**: value</c>), as label and plain value.</summary>
    public static IReadOnlyList<(string Label, string Value)> Fields(IEnumerable<string> lines) =>
        [.. lines.Select(l => Field().Match(l.Trim())).Where(m => m.Success).Select(m => (Plain(m.Groups[1].Value).TrimEnd(':'), Plain(m.Groups[2].Value)))];

    /// <summary>The rows of the pipe tables in <paramref name="lines"/>, header and separator rows left out.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> TableRows(IEnumerable<string> lines)
    {
        var rows = new List<IReadOnlyList<string>>();
        var header = true;
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (!line.StartsWith('|'))
            {
                header = true;
                continue;
            }
            var cells = line.Trim('|').Split('|').Select(c => Plain(c)).ToList();
            if (cells.All(c => c.Trim('-', ':', ' ').Length == 0))
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            rows.Add(cells);
        }
        return rows;
    }

    /// <summary>Whether the heading mentions any of <paramref name="words"/> (case-insensitive).</summary>
    public static bool Mentions(string heading, params string[] words) => words.Any(w => heading.Contains(w, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^([-*+]|\d+[.)])\s+")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^\[[ xX]\]\s*")]
    private static partial Regex Checkbox();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?<!\w)_([^_\s][^_]*)_(?!\w)")]
    private static partial Regex Underscored();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:[-*+]\s+)?\*\*([^*]+?)\*\*\s*:?\s*(.*)$")]
    private static partial Regex Field();
}
