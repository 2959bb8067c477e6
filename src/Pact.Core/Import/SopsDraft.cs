using System.Text;

namespace Pact.Import;

/// <summary>
/// sops.md with the imported stack and conventions: the "## Tech stack" section keeps the line <c>pact init</c> wrote
/// for the project's language and gains the source's stack below it; the conventions go in a section of their own.
/// A source that says nothing about either leaves sops.md as it was.
/// </summary>
public static class SopsDraft
{
    public const string StackHeading = "## Tech stack";
    public const string ConventionsHeading = "## Conventions (imported)";

    /// <param name="spec">The imported spec.</param>
    /// <param name="existing">The project's sops.md (from pact init), or the empty string.</param>
    public static string Render(ImportedSpec spec, string existing)
    {
        var lines = existing.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').ToList();
        if (existing.Trim().Length == 0)
        {
            lines = ["# Standard operating procedures", "", StackHeading, ""];
        }
        if (spec.Stack.Count > 0)
        {
            var stack = new List<string> { "", $"From {spec.Format}'s {spec.StackFrom}:", "" };
            stack.AddRange(spec.Stack.Select(s => s.Label.Length > 0 ? $"- {s.Label}: {s.Value}" : $"- {s.Value}"));
            var at = lines.FindIndex(l => l.Trim().Equals(StackHeading, StringComparison.OrdinalIgnoreCase));
            if (at < 0)
            {
                lines.AddRange(["", StackHeading, .. stack]);
            }
            else
            {
                var end = SectionEnd(lines, at);
                while (end > at + 1 && lines[end - 1].Trim().Length == 0)
                {
                    end--;
                }
                lines.InsertRange(end, stack);
            }
        }
        if (spec.Conventions.Count > 0)
        {
            var section = new List<string> { ConventionsHeading, "" };
            section.AddRange(spec.Conventions.Select(c => $"- {c}"));
            section.Add("");
            var verification = lines.FindIndex(l => l.Trim().Equals("## Verification", StringComparison.OrdinalIgnoreCase));
            if (verification < 0)
            {
                lines.AddRange(["", .. section]);
            }
            else
            {
                lines.InsertRange(verification, section);
            }
        }
        var text = new StringBuilder(string.Join("\n", lines).TrimEnd('\n')).Append('\n');
        return text.ToString();
    }

    private static int SectionEnd(List<string> lines, int heading)
    {
        for (var i = heading + 1; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal) || lines[i].StartsWith("# ", StringComparison.Ordinal))
            {
                return i;
            }
        }
        return lines.Count;
    }
}
