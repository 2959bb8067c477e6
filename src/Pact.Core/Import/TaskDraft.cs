using System.Text;

namespace Pact.Import;

/// <summary>task.md from an imported spec: title and summary, every requirement under its source id with its scenarios, the user stories, and the rest of the spec's context.</summary>
public static class TaskDraft
{
    public static string Render(ImportedSpec spec, string source)
    {
        var text = new StringBuilder($"# Task: {spec.Title}\n\n");
        text.Append(spec.Summary.Length > 0 ? spec.Summary + "\n\n" : "");
        text.Append($"Imported by `pact import` from {spec.Format} ({source}); the requirement ids are the source's.\n");
        if (spec.Requirements.Count > 0)
        {
            text.Append("\n## Requirements\n");
            foreach (var group in spec.Requirements.GroupBy(r => r.Group))
            {
                if (group.Key.Length > 0)
                {
                    text.Append($"\n### {group.Key}\n");
                }
                text.Append('\n');
                foreach (var requirement in group)
                {
                    var title = requirement.Title.Length > 0 && requirement.Title != requirement.Id ? $" {requirement.Title}." : "";
                    text.Append($"- **{requirement.Id}**:{title} {requirement.Text}".TrimEnd()).Append('\n');
                    foreach (var criterion in requirement.Criteria)
                    {
                        text.Append($"  - {criterion}\n");
                    }
                }
            }
        }
        if (spec.Stories.Count > 0 && spec.Format != KiroReader.Format)
        {
            text.Append("\n## User stories\n");
            foreach (var story in spec.Stories)
            {
                text.Append($"\n### {story.Title}\n\n");
                text.Append(story.Text.Length > 0 ? story.Text + "\n" : "");
                if (story.Scenarios.Count > 0)
                {
                    text.Append('\n');
                    foreach (var (scenario, i) in story.Scenarios.Select((s, i) => (s, i)))
                    {
                        text.Append($"{i + 1}. {scenario}\n");
                    }
                }
            }
        }
        foreach (var (heading, items) in spec.Context.Where(c => c.Items.Count > 0))
        {
            text.Append($"\n## {heading}\n\n");
            foreach (var item in items)
            {
                text.Append($"- {item}\n");
            }
        }
        if (spec.Requirements.Count > 0 || spec.AcceptanceCriteria.Count > 0)
        {
            text.Append("\n## Done means\n\n");
            text.Append("- Every requirement above holds, each checked by the tests of the component that owns it.\n");
            text.Append("- The open questions of decomposition/interview.json are answered, and the interview approved.\n");
        }
        return text.ToString();
    }
}
