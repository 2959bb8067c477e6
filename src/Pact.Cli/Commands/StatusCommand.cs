using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Projects;
using Pact.Serialization;

namespace Pact.Cli.Commands;

internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var command = new Command("status", "Where the project stands, derived from its artifacts, and what to do next") { dir, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<StatusService>().GetAsync(parse.GetValue(dir)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultStatusReport, (s, output) =>
            {
                output.WriteLine($"Project   {s.ProjectDir}");
                output.WriteLine($"Phase     {s.Phase.ToString().ToLowerInvariant()}   language {s.Language}   run {s.RunId}");
                output.WriteLine($"Task      {(s.TaskWritten ? "written" : "template (not written yet)")}   interview {(s.InterviewDone ? "done" : "not yet")}");
                output.WriteLine($"Components {s.Components}   contracts {s.Contracts}   suites {s.Suites}   implemented {s.Implementations}   certified {(s.Certified ? "yes" : "no")}");
                output.WriteLine("Readiness " + string.Join(", ", s.Readiness.Select(d => $"{Snake(d.Dimension.ToString())} {d.Level.ToString().ToLowerInvariant()} ({d.BaselineControls.Count + d.CustomControls.Count} controls)")));
                output.WriteLine($"Audit     {s.AuditEvents} events");
                output.WriteLine($"Health    {s.Health.ToString().ToLowerInvariant()}{(s.HealthNote.Length > 0 ? $": {s.HealthNote} (see `pact health {s.ProjectDir}`)" : "")}");
                output.WriteLine($"Next      {s.Next.Command}");
                output.WriteLine($"          {s.Next.Reason} (MCP: {s.Next.Tool})");
            });
        });
        return command;
    }

    private static string Snake(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
