using System.Text.RegularExpressions;

namespace Pact.Import;

/// <summary>
/// A Kiro spec (<c>.kiro/specs/&lt;feature&gt;/</c>): requirements.md's numbered requirements, each a user story with
/// EARS acceptance criteria (WHEN … THEN the system SHALL …); design.md's components and its stack, error handling and
/// testing strategy; tasks.md's top-level tasks as components when the design names none.
/// </summary>
public static partial class KiroReader
{
    public const string Format = "kiro";

    /// <param name="feature">The spec's folder name (kebab-case), the title when requirements.md gives none.</param>
    /// <param name="requirements">requirements.md, or null.</param>
    /// <param name="design">design.md, or null.</param>
    /// <param name="tasks">tasks.md, or null.</param>
    public static ImportedSpec Read(string feature, string? requirements, string? design, string? tasks)
    {
        var req = MarkdownOutline.Parse(requirements ?? "");
        var des = MarkdownOutline.Parse(design ?? "");
        var tsk = MarkdownOutline.Parse(tasks ?? "");
        var title = req.Title;
        title = title.Length == 0 || Regex.IsMatch(title, @"^(requirements?( document)?|design document)$", RegexOptions.IgnoreCase) ? SpecKitReader.Humanize(feature) : Regex.Replace(title, @"^Requirements?( Document)?\s*[-–:]\s*", "", RegexOptions.IgnoreCase);
        var summary = req.Find(h => Markdown.Mentions(h, "introduction", "overview")) is { } intro ? string.Join(" ", Markdown.Paragraphs(intro.Lines)) : "";
        if (summary.Length == 0 && des.Find(h => Markdown.Mentions(h, "overview")) is { } overview)
        {
            summary = string.Join(" ", Markdown.Paragraphs(overview.Lines));
        }

        var found = new List<ImportedRequirement>();
        var stories = new List<ImportedStory>();
        var n = 0;
        foreach (var section in req.FindAll(h => RequirementHeading().IsMatch(h)))
        {
            n++;
            var match = RequirementHeading().Match(section.Heading);
            var number = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[3].Value;
            var id = number.Length > 0 ? number : n.ToString(CultureInfo.InvariantCulture);
            var name = (match.Groups[1].Success ? match.Groups[2].Value : match.Groups[4].Value).Trim();
            var lines = req.AllLines(section);
            var story = Markdown.Fields(lines).FirstOrDefault(f => Markdown.Mentions(f.Label, "user story")).Value ?? "";
            var criteria = req.Under(section).Where(s => Markdown.Mentions(s.Heading, "acceptance")).SelectMany(s => Markdown.Items(s.Lines)).Select((c, i) => $"{id}.{i + 1} {c}").ToList();
            // Kiro's tasks and design cite criteria as 1.2: the requirement keeps its number in its id, the criteria theirs.
            found.Add(new ImportedRequirement { Id = $"Requirement {id}", Title = name, Text = story, Criteria = criteria });
            if (story.Length > 0)
            {
                stories.Add(new ImportedStory { Title = name.Length > 0 ? $"Requirement {id}: {name}" : $"Requirement {id}", Text = story, Scenarios = criteria });
            }
        }

        var stack = SpecSections.ItemsOf(des, h => Markdown.Mentions(h, "tech stack", "technology", "technologies")).Select(i => ("", i)).ToList();
        var conventions = new List<string>();
        foreach (var section in des.FindAll(h => Markdown.Mentions(h, "error handling", "testing strategy", "convention", "constraint")))
        {
            conventions.AddRange(Markdown.Items(section.Lines).Concat(Markdown.Paragraphs(section.Lines)).Select(i => $"{section.Heading}: {i}"));
        }

        var featureId = SpecSections.Id(title, "feature");
        var components = SpecSections.Components(DesignComponents(des), featureId);
        if (components.Count == 0)
        {
            components = SpecSections.Components(TopTasks(tsk), featureId);
        }
        if (components.Count == 0)
        {
            components = SpecSections.Components(found.Select(r => (r.Title.Length > 0 ? r.Title : r.Id, string.Join(" ", [r.Text, .. r.Criteria]))), featureId);
        }

        var docs = new[] { req, des, tsk };
        return new ImportedSpec
        {
            Format = Format,
            Title = title,
            Summary = summary,
            Requirements = found,
            Stories = stories,
            Context = [.. des.FindAll(h => Markdown.Mentions(h, "data model")).Select(s => (s.Heading, SpecSections.ItemsOf(des, h => h == s.Heading)))],
            Stack = stack,
            StackFrom = "design.md",
            Conventions = conventions,
            Questions = [.. SpecSections.Clarifications(requirements ?? ""), .. SpecSections.Clarifications(design ?? ""), .. docs.SelectMany(SpecSections.OpenQuestions)],
            Assumptions = [.. docs.SelectMany(SpecSections.Assumptions)],
            Risks = [.. docs.SelectMany(SpecSections.Risks)],
            AcceptanceCriteria = [.. found.SelectMany(r => r.Criteria)],
            Components = components,
        };
    }

    /// <summary>The subsections of design.md's "Components" (or "Components and Interfaces") section.</summary>
    private static IEnumerable<(string Name, string Description)> DesignComponents(MarkdownOutline design)
    {
        if (design.Find(h => Markdown.Mentions(h, "component")) is not { } section)
        {
            return [];
        }
        return design.Children(section).Select(c =>
        {
            var lines = design.AllLines(c);
            var text = string.Join(" ", Markdown.Paragraphs(lines).Concat(Markdown.Items(lines)));
            return (Regex.Replace(c.Heading, @"^\d+(\.\d+)*\.?\s*", ""), text);
        });
    }

    /// <summary>tasks.md's top-level tasks ("- [ ] 1. Set up …") with their sub-steps as the description.</summary>
    private static IEnumerable<(string Name, string Description)> TopTasks(MarkdownOutline tasks) =>
        Markdown.ItemsWithChildren(tasks.Sections.SelectMany(s => s.Lines))
            .Select(i => (Regex.Replace(i.Text, @"^\d+(\.\d+)*\.?\s*", "").Trim(), string.Join("; ", i.Children.Select(c => c.Trim('_', ' ')))));

    [GeneratedRegex(@"^(?:Requirement\s*(\d+)\s*[:.-]?\s*(.*)|(?:(\d+)\.\s+)(.+))$", RegexOptions.IgnoreCase)]
    private static partial Regex RequirementHeading();
}
