using System.Text;

namespace Pact.Assessment;

/// <summary>The Markdown report of <c>pact assess</c>, laid out as the Python Pact's: summary, findings by severity, the top 20 modules by fan-in.</summary>
public static class AssessmentMarkdown
{
    public static string Render(AssessmentReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Architectural Assessment: {report.RootPath}\n\n**{report.Summary}**\n\n");
        if (report.Findings.Count == 0)
        {
            text.Append("No architectural findings.\n");
            return text.ToString();
        }

        foreach (var (severity, label) in new[] { (Severity.Error, "Errors"), (Severity.Warning, "Warnings"), (Severity.Info, "Info") })
        {
            var group = report.Findings.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0)
            {
                continue;
            }
            text.Append(CultureInfo.InvariantCulture, $"## {label} ({group.Count})\n\n");
            foreach (var finding in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"- **[{finding.Id}]** ({finding.Category}) {finding.Description}\n");
                if (finding.Suggestion.Length > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  - Suggestion: {finding.Suggestion}\n");
                }
            }
            text.Append('\n');
        }

        text.Append("## Top Modules by Fan-In\n\n| Module | LOC | Public | Depth | Fan-In | Fan-Out |\n|--------|-----|--------|-------|--------|---------|\n");
        foreach (var m in report.ModuleMetrics.OrderByDescending(m => m.FanIn).Take(20))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {m.Path} | {m.Loc} | {m.InterfaceSize} | {m.DepthRatio:F1} | {m.FanIn} | {m.FanOut} |\n");
        }
        return text.ToString();
    }
}
