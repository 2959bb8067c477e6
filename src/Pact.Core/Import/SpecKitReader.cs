using System.Text.RegularExpressions;

namespace Pact.Import;

/// <summary>
/// GitHub Spec Kit's feature folder (<c>specs/NNN-feature/</c>): spec.md's user stories, FR-### requirements,
/// success criteria, edge cases, assumptions and <c>[NEEDS CLARIFICATION: …]</c> markers; plan.md's Technical
/// Context (the stack) and Project Structure (the components); tasks.md's phases, when the plan names no structure.
/// </summary>
public static partial class SpecKitReader
{
    public const string Format = "spec-kit";

    /// <param name="feature">The feature folder's name (<c>001-photo-albums</c>).</param>
    /// <param name="spec">spec.md, or null.</param>
    /// <param name="plan">plan.md, or null.</param>
    /// <param name="tasks">tasks.md, or null.</param>
    public static ImportedSpec Read(string feature, string? spec, string? plan, string? tasks)
    {
        var specDoc = MarkdownOutline.Parse(spec ?? "");
        var planDoc = MarkdownOutline.Parse(plan ?? "");
        var tasksDoc = MarkdownOutline.Parse(tasks ?? "");
        var title = Strip(specDoc.Title.Length > 0 ? specDoc.Title : planDoc.Title, "Feature Specification:", "Implementation Plan:", "Tasks:");
        title = title.Length == 0 || SpecSections.Placeholder(title) ? Humanize(feature) : title;

        var requirements = new List<ImportedRequirement>();
        var success = new List<string>();
        foreach (var line in (spec ?? "").ReplaceLineEndings("\n").Split('\n'))
        {
            if (Numbered().Match(line) is { Success: true } m)
            {
                var id = m.Groups[1].Value;
                var text = Markdown.Plain(m.Groups[2].Value);
                if (id.StartsWith("SC-", StringComparison.Ordinal))
                {
                    success.Add($"{id}: {text}");
                }
                else if (!requirements.Any(r => r.Id == id && r.Text == text))
                {
                    // Specs that list requirements per user story repeat an id; the same id and text is one requirement.
                    requirements.Add(new ImportedRequirement { Id = id, Text = text });
                }
            }
        }

        var stories = specDoc.FindAll(h => Story().IsMatch(h)).Select(s => new ImportedStory
        {
            Title = s.Heading,
            Text = Markdown.Paragraphs(s.Lines).FirstOrDefault(p => !StoryField().IsMatch(p)) ?? "",
            Scenarios = [.. Markdown.Items(s.Lines).Where(i => Markdown.Mentions(i, "given", "when", "then"))],
        }).ToList();

        var questions = new List<string>();
        questions.AddRange(SpecSections.Clarifications(spec ?? ""));
        questions.AddRange(SpecSections.Clarifications(plan ?? ""));
        questions.AddRange(SpecSections.Clarifications(tasks ?? ""));
        questions.AddRange(SpecSections.OpenQuestions(specDoc));
        questions.AddRange(SpecSections.OpenQuestions(planDoc));

        var stack = new List<(string, string)>();
        if (planDoc.Find(h => Markdown.Mentions(h, "technical context")) is { } context)
        {
            // A template's unfilled "[e.g., Python 3.11 or NEEDS CLARIFICATION]" says nothing; a bare NEEDS CLARIFICATION is a question.
            foreach (var (label, value) in Markdown.Fields(context.Lines).Where(f => !Unfilled(f.Value)))
            {
                var clean = Regex.Replace(value, @"\[NEEDS CLARIFICATION[^\]]*\]", "", RegexOptions.IgnoreCase).Trim().TrimEnd(',', ';').Trim();
                if (value.Contains("NEEDS CLARIFICATION", StringComparison.OrdinalIgnoreCase) && !value.Contains("[NEEDS CLARIFICATION", StringComparison.OrdinalIgnoreCase))
                {
                    questions.Add($"Technical Context: {label} is not decided yet (NEEDS CLARIFICATION in plan.md)");
                    clean = clean.Replace("NEEDS CLARIFICATION", "", StringComparison.OrdinalIgnoreCase).Trim();
                }
                if (clean.Length > 0 && !SpecSections.Placeholder(clean))
                {
                    stack.Add((label, clean));
                }
            }
        }
        var conventions = Markdown.Fields(planDoc.Sections.SelectMany(s => s.Lines)).Where(f => f.Label.Equals("Structure Decision", StringComparison.OrdinalIgnoreCase) && !f.Value.StartsWith('[')).Select(f => $"Structure: {f.Value}").ToList();

        var summary = planDoc.Find(h => h.Equals("Summary", StringComparison.OrdinalIgnoreCase)) is { } planSummary ? string.Join(" ", Markdown.Paragraphs(planSummary.Lines).Where(p => !p.StartsWith('['))) : "";
        if (summary.Length == 0 && Markdown.Fields(specDoc.Sections.SelectMany(s => s.Lines)).FirstOrDefault(f => f.Label == "Input") is { Value.Length: > 0 } input)
        {
            summary = Strip(input.Value, "User description:").Trim('"', '“', '”', ' ');
        }

        var rootId = SpecSections.Id(title, "feature");
        var taskLines = Markdown.Items(tasksDoc.Sections.SelectMany(s => s.Lines)).Select(TaskText).ToList();
        var components = SpecSections.Components(Structure(planDoc, taskLines), rootId);
        if (components.Count == 0)
        {
            components = SpecSections.Components(Phases(tasksDoc), rootId);
        }
        if (components.Count == 0)
        {
            components = SpecSections.Components(stories.Select(s => (StoryName(s.Title), string.Join(" ", [s.Text, .. s.Scenarios]))), rootId);
        }

        return new ImportedSpec
        {
            Format = Format,
            Title = title,
            Summary = summary,
            Requirements = requirements,
            Stories = stories,
            Context =
            [
                .. Section(specDoc, "Key Entities"),
                ("Success criteria", success),
                .. Section(specDoc, "Edge Cases"),
                .. Section(specDoc, "Clarifications"),
            ],
            Stack = stack,
            StackFrom = "plan.md",
            Conventions = conventions,
            Questions = questions,
            Ambiguities = SpecSections.ItemsOf(specDoc, h => Markdown.Mentions(h, "edge case")),
            Assumptions = [.. SpecSections.Assumptions(specDoc), .. SpecSections.Assumptions(planDoc)],
            Risks = [.. SpecSections.Risks(specDoc), .. SpecSections.Risks(planDoc)],
            AcceptanceCriteria = [.. stories.SelectMany(s => s.Scenarios.Select(sc => $"{StoryName(s.Title)}: {sc}")), .. success],
            Components = components,
        };
    }

    /// <summary>
    /// The source directories of plan.md's Project Structure: a single project's folders under <c>src/</c>, or the
    /// top-level projects (backend/, frontend/, api/) when there are several. Tests and docs folders are no components.
    /// </summary>
    private static IEnumerable<(string Name, string Description)> Structure(MarkdownOutline plan, IReadOnlyList<string> tasks)
    {
        if (plan.Find(h => Markdown.Mentions(h, "project structure")) is not { } structure)
        {
            return [];
        }
        var sections = plan.Under(structure).Where(s => Markdown.Mentions(s.Heading, "source")).ToList();
        var lines = sections.Count > 0 ? sections.SelectMany(s => s.Lines) : plan.AllLines(structure);
        var entries = new List<(int Depth, string Name)>();
        var fenced = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }
            var name = line.Split('#')[0];
            var prefix = name.TakeWhile(c => c is ' ' or '\t' or '│' or '├' or '└' or '─' or '|' or '`' or '-').Count();
            name = name[prefix..].Trim();
            if (fenced && name.EndsWith('/') && !name.StartsWith('['))
            {
                entries.Add((prefix / 4, name.TrimEnd('/')));
            }
        }
        var roots = entries.Where(e => e.Depth == 0 && !NotSource(e.Name)).Select(e => e.Name).ToList();
        List<string> paths;
        if (roots.Count == 1)
        {
            var start = entries.FindIndex(e => e.Depth == 0 && e.Name == roots[0]);
            paths = [.. entries.Skip(start + 1).TakeWhile(e => e.Depth > 0).Where(e => e.Depth == 1 && !NotSource(e.Name)).Select(e => $"{roots[0]}/{e.Name}")];
        }
        else
        {
            paths = roots;
        }
        return paths.Select(p =>
        {
            var name = p.Split('/')[^1];
            var work = tasks.Where(t => t.Contains(p + "/", StringComparison.Ordinal)).ToList();
            return (name, work.Count > 0 ? $"{p}/: {string.Join("; ", work)}" : $"The {name} part of the plan ({p}/ in plan.md's project structure).");
        });
    }

    /// <summary>tasks.md's user-story phases, each with its tasks; setup, foundational and polish phases are no components.</summary>
    private static IEnumerable<(string Name, string Description)> Phases(MarkdownOutline tasks) =>
        tasks.FindAll(h => h.StartsWith("Phase", StringComparison.OrdinalIgnoreCase) && Markdown.Mentions(h, "user story", "story"))
            .Select(s => (StoryName(Regex.Replace(s.Heading, @"^Phase\s*\w+\s*:\s*", "")), string.Join("; ", Markdown.Items(tasks.AllLines(s)).Select(TaskText))));

    private static IEnumerable<(string, IReadOnlyList<string>)> Section(MarkdownOutline doc, string heading) =>
        doc.FindAll(h => h.StartsWith(heading, StringComparison.OrdinalIgnoreCase)).Select(s => (s.Heading, SpecSections.ItemsOf(doc, h => h == s.Heading)));

    /// <summary>A template's bracketed hint (<c>[e.g., …]</c>, <c>[if applicable, …]</c>), not a value; a marker is a value.</summary>
    private static bool Unfilled(string value) => value.StartsWith('[') && !value.StartsWith("[NEEDS CLARIFICATION", StringComparison.OrdinalIgnoreCase);

    private static bool NotSource(string name) => name.ToLowerInvariant() is "tests" or "test" or "docs" or "specs" or "scripts" or ".github" or ".specify";

    /// <summary>"User Story 1 - Create an album (Priority: P1)" → "Create an album".</summary>
    private static string StoryName(string heading)
    {
        var name = Regex.Replace(heading, @"^User Story\s*\d+\s*[-–—:]\s*", "", RegexOptions.IgnoreCase);
        name = Regex.Replace(name, @"\(Priority:[^)]*\)", "", RegexOptions.IgnoreCase);
        name = new string([.. name.Where(c => c < 0x2000)]).Trim();
        return Regex.Replace(name, @"\s*\bMVP$", "").Trim();
    }

    /// <summary>"T012 [P] [US1] Create the model" → "Create the model".</summary>
    private static string TaskText(string item) => Regex.Replace(item, @"^(T\d+\s*)?(\[[^\]]*\]\s*)*", "").Trim();

    private static string Strip(string text, params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return text[prefix.Length..].Trim();
            }
        }
        return text.Trim();
    }

    /// <summary>"001-photo-albums" → "Photo albums".</summary>
    public static string Humanize(string folder)
    {
        var words = Regex.Replace(folder, @"^\d+[-_]", "").Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? folder : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"^\s*[-*+]\s+\*\*([A-Z]{1,5}-\d{1,4}[a-z]?)\*\*\s*:?\s*(.+)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(Why this priority|Independent Test|Acceptance Scenarios)", RegexOptions.IgnoreCase)]
    private static partial Regex StoryField();

    [GeneratedRegex(@"^User Story\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Story();
}
