using System.Text.RegularExpressions;

namespace Pact.Import;

/// <summary>
/// OpenSpec's specs (<c>openspec/specs/&lt;capability&gt;/spec.md</c>): each "### Requirement: Name" with its
/// "#### Scenario:" WHEN/THEN lines, one component per capability; <c>openspec/project.md</c>'s purpose, tech stack,
/// conventions and constraints, when the project has one.
/// </summary>
public static partial class OpenSpecReader
{
    public const string Format = "openspec";

    /// <param name="name">The project's name (the folder holding <c>openspec/</c>), the title when project.md gives none.</param>
    /// <param name="project">openspec/project.md, or null.</param>
    /// <param name="specs">Each capability (its folder under specs/, '/'-separated) and its spec.md, in order.</param>
    public static ImportedSpec Read(string name, string? project, IReadOnlyList<(string Capability, string Text)> specs)
    {
        var projectDoc = MarkdownOutline.Parse(project ?? "");
        var title = projectDoc.Title;
        title = title.Length == 0 || Markdown.Mentions(title, "project context") || SpecSections.Placeholder(title) ? SpecKitReader.Humanize(name) : title;
        var summary = projectDoc.Find(h => Markdown.Mentions(h, "purpose")) is { } purpose ? string.Join(" ", Markdown.Paragraphs(purpose.Lines).Where(p => !SpecSections.Placeholder(p))) : "";

        var requirements = new List<ImportedRequirement>();
        var parts = new List<(string, string)>();
        var questions = new List<string>();
        var assumptions = new List<string>();
        var risks = new List<string>();
        questions.AddRange(SpecSections.Clarifications(project ?? ""));
        questions.AddRange(SpecSections.OpenQuestions(projectDoc));
        assumptions.AddRange(SpecSections.Assumptions(projectDoc));
        risks.AddRange(SpecSections.Risks(projectDoc));
        foreach (var (capability, text) in specs)
        {
            var doc = MarkdownOutline.Parse(text);
            var own = new List<ImportedRequirement>();
            foreach (var section in doc.FindAll(h => RequirementHeading().IsMatch(h)))
            {
                var id = RequirementHeading().Match(section.Heading).Groups[1].Value.Trim();
                var criteria = doc.Children(section).Where(s => ScenarioHeading().IsMatch(s.Heading)).Select(s =>
                    $"{ScenarioHeading().Match(s.Heading).Groups[1].Value.Trim()}: {string.Join("; ", Markdown.Items(s.Lines))}").ToList();
                own.Add(new ImportedRequirement { Id = id, Title = id, Text = string.Join(" ", Markdown.Paragraphs(section.Lines)), Criteria = criteria, Group = capability });
            }
            requirements.AddRange(own);
            var about = doc.Find(h => Markdown.Mentions(h, "purpose")) is { } p ? string.Join(" ", Markdown.Paragraphs(p.Lines).Where(x => !SpecSections.Placeholder(x))) : "";
            var names = own.Count == 0 ? "" : $"Requirements: {string.Join("; ", own.Select(r => $"{r.Id} ({r.Text})"))}.";
            parts.Add((capability.Replace('/', ' '), string.Join(" ", new[] { about, names }.Where(s => s.Length > 0))));
            questions.AddRange(SpecSections.Clarifications(text));
            questions.AddRange(SpecSections.OpenQuestions(doc));
            assumptions.AddRange(SpecSections.Assumptions(doc));
            risks.AddRange(SpecSections.Risks(doc));
        }

        var stack = SpecSections.ItemsOf(projectDoc, h => Markdown.Mentions(h, "tech stack", "technology")).Select(i => ("", i)).ToList();
        var conventions = new List<string>();
        foreach (var section in projectDoc.FindAll(h => Markdown.Mentions(h, "convention", "constraint", "external dependenc", "code style", "testing strategy", "architecture pattern")))
        {
            var items = Markdown.Items(section.Lines).Concat(Markdown.Paragraphs(section.Lines)).Where(i => !SpecSections.Placeholder(i) && !i.StartsWith('[')).ToList();
            conventions.AddRange(items.Select(i => $"{section.Heading}: {i}"));
        }

        var rootId = SpecSections.Id(title, "project");
        return new ImportedSpec
        {
            Format = Format,
            Title = title,
            Summary = summary,
            Requirements = requirements,
            Context = [.. projectDoc.FindAll(h => Markdown.Mentions(h, "domain context")).Select(s => (s.Heading, SpecSections.ItemsOf(projectDoc, h => h == s.Heading)))],
            Stack = stack,
            StackFrom = "openspec/project.md",
            Conventions = conventions,
            Questions = questions,
            Assumptions = assumptions,
            Risks = risks,
            AcceptanceCriteria = [.. requirements.SelectMany(r => r.Criteria.Select(c => $"{r.Id} — {c}"))],
            Components = SpecSections.Components(parts, rootId),
        };
    }

    [GeneratedRegex(@"^Requirement:\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RequirementHeading();

    [GeneratedRegex(@"^Scenario:\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ScenarioHeading();
}
