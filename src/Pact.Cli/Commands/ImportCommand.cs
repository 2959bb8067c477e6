using Pact.Engine.Import;
using Pact.Import;

namespace Pact.Cli.Commands;

/// <summary><c>pact import &lt;dir&gt; --from spec-kit|openspec|kiro &lt;path&gt; [--dry-run]</c>: another tool's specs made into the plan.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var path = new Argument<string>("path") { Description = "The source folder, relative to the project or absolute: the feature folder, or the repository holding specs/, openspec/ or .kiro/specs/" };
        var from = new Option<string>("--from") { Description = $"The source's format: {string.Join(", ", ImportSource.Formats)}", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read the source and check the drafts against the gates; write nothing" };
        return context.Verb<ImportService, ImportReport>("import", "Turn Spec Kit, OpenSpec or Kiro specs into task.md, sops.md, an interview with their open questions and a draft tree", [dir, path, from, dryRun],
            (service, parse, cancellationToken) => service.ImportAsync(parse.GetValue(dir)!, parse.GetValue(from)!, parse.GetValue(path)!, parse.GetValue(dryRun), cancellationToken),
            static () => PactJson.Context.CommandResultImportReport, Print);
    }

    private static void Print(ImportReport report, TextWriter output)
    {
        output.WriteLine($"{(report.DryRun ? "Would import" : "Imported")} {report.Title} ({report.Format}, {string.Join(", ", report.Read)}):");
        output.WriteLine($"  {report.Requirements.Count} requirement{(report.Requirements.Count == 1 ? "" : "s")}{(report.Requirements.Count > 0 ? ": " + string.Join(", ", report.Requirements.Take(12)) + (report.Requirements.Count > 12 ? ", …" : "") : "")}");
        output.WriteLine($"  draft tree under {report.RootId}: {(report.Components.Count == 0 ? "one component" : string.Join(", ", report.Components))}");
        foreach (var question in report.Questions)
        {
            output.WriteLine($"  open question: {question}");
        }
        foreach (var file in report.Written)
        {
            output.WriteLine($"  wrote {file}");
        }
        if (report.Next.Length > 0)
        {
            output.WriteLine($"Next: {report.Next}");
        }
    }
}
