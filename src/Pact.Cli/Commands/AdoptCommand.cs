using Pact.Adoption;
using Pact.Engine.Adoption;

namespace Pact.Cli.Commands;

/// <summary><c>pact adopt [dir] [--source DIR] [--exclude GLOB…] [--dry-run]</c>: an existing Python package or TypeScript tree brought under draft contracts.</summary>
internal static class AdoptCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var source = new Option<string?>("--source") { Description = "The folder to adopt, relative to the project or absolute (default: the project's one top-level package or TypeScript folder)" };
        var exclude = new Option<string[]>("--exclude") { Description = "A source-relative path glob (*, ?) not to adopt, e.g. 'windows_*.py' (repeatable)", AllowMultipleArgumentsPerToken = false };
        var dryRun = new Option<bool>("--dry-run") { Description = "Propose the components and check the draft contracts against the gates; write nothing" };
        return context.Verb<AdoptService, AdoptReport>("adopt", "Bring an existing Python package or TypeScript tree under contracts: components from its import graph, draft contracts from its public interface, smoke suites run against the adopted copy", [dir, source, exclude, dryRun],
            (service, parse, cancellationToken) => service.AdoptAsync(parse.GetValue(dir)!, parse.GetValue(source), parse.GetValue(exclude) ?? [], parse.GetValue(dryRun), cancellationToken),
            static () => PactJson.Context.CommandResultAdoptReport, Print);
    }

    private static void Print(AdoptReport report, TextWriter output)
    {
        output.WriteLine($"{(report.DryRun ? "Would adopt" : "Adopted")} {report.Source} as {report.Components.Count} component{(report.Components.Count == 1 ? "" : "s")} under {report.RootId}:");
        foreach (var c in report.Components)
        {
            var smoke = c.Smoke.Length == 0 ? "" : $"   smoke {c.Smoke} {c.SmokePassed}/{c.SmokeTotal}";
            var needs = c.Dependencies.Count == 0 ? "" : $"   uses {string.Join(", ", c.Dependencies)}";
            output.WriteLine($"  {c.ComponentId,-20} {c.Functions} functions, {c.Types} types from {string.Join(", ", c.Modules)}{needs}{smoke}");
        }
        foreach (var file in report.LeftOut)
        {
            output.WriteLine($"  left out {file}");
        }
        if (report.Assessment.Length > 0)
        {
            output.WriteLine($"  assessment: {report.Assessment}");
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
