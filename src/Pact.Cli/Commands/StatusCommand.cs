using System.Text.Json;

namespace Pact.Cli.Commands;

/// <summary><c>pact status [dir]</c>: where the project stands and what to do next.</summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        return context.Verb<StatusService, StatusReport>("status", "Where the project stands, derived from its artifacts, and what to do next", [dir],
            (service, parse, cancellationToken) => service.GetAsync(parse.GetValue(dir)!, cancellationToken), static () => PactJson.Context.CommandResultStatusReport, Print);
    }

    private static void Print(StatusReport s, TextWriter output)
    {
        output.WriteLine($"Project   {s.ProjectDir}");
        output.WriteLine($"Phase     {s.Phase.ToString().ToLowerInvariant()}   language {s.Language}   run {s.RunId}");
        output.WriteLine($"Task      {(s.TaskWritten ? "written" : "template (not written yet)")}   interview {(s.InterviewDone ? "done" : "not yet")}");
        output.WriteLine($"Components {s.Components}   contracts {s.Contracts}   suites {s.Suites}   implemented {s.Implementations}   certified {(s.Certified ? "yes" : "no")}");
        output.WriteLine("Readiness " + string.Join(", ", s.Readiness.Select(d => $"{Snake(d.Dimension.ToString())} {d.Level.ToString().ToLowerInvariant()} ({d.BaselineControls.Count + d.CustomControls.Count} controls)")));
        output.WriteLine($"Audit     {s.AuditEvents} events");
        output.WriteLine($"Health    {s.Health.ToString().ToLowerInvariant()}{(s.HealthNote.Length > 0 ? $": {s.HealthNote} (see `pact health {s.ProjectDir}`)" : "")}");
        foreach (var review in s.ReviewsNeedingAdjudication)
        {
            output.WriteLine($"Review    {review.Id} ({review.Reviewer.ToString().ToLowerInvariant()}) needs adjudication: {string.Join(", ", review.Open)}");
        }

        output.WriteLine($"Next      {s.Next.Command}");
        output.WriteLine($"          {s.Next.Reason} (MCP: {s.Next.Tool})");
    }

    private static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
