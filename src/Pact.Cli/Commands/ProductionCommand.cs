using System.Text.Json;
using Pact.Engine.Production;
using Pact.Production;

namespace Pact.Cli.Commands;

internal static class ProductionCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("production", "The opt-in production-readiness pack (production_artifact_dir, default production/): scaffold, fingerprint, status, validate");
        command.Subcommands.Add(Init(context));
        command.Subcommands.Add(Fingerprint(context));
        command.Subcommands.Add(Status(context));
        command.Subcommands.Add(Validate(context));
        return command;
    }

    private static Command Init(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var force = new Option<bool>("--force") { Description = "Scaffold the pack again over an existing one (every pack file is rewritten)" };
        return context.Verb<ProductionService, ProductionInitReport>("init",
            "Scaffold the production pack: manifest (readiness profile, fingerprint, max evidence age), control matrix seeded from the readiness profile, and the hand-edited files with TODO(pact) placeholders",
            [dir, force], (service, parse, cancellationToken) => service.InitAsync(parse.GetValue(dir)!, parse.GetValue(force), cancellationToken),
            static () => PactJson.Context.CommandResultProductionInitReport, (report, output) =>
            {
                output.WriteLine($"Scaffolded the production pack in {report.PackDir} (fingerprint {report.Fingerprint}):");
                foreach (var written in report.Written)
                {
                    output.WriteLine($"  wrote {written}");
                }

                output.WriteLine($"Replace every {PlaceholderRule.Marker} marker, then `pact production status`.");
            });
    }

    private static Command Fingerprint(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var write = new Option<bool>("--write") { Description = "Store the fingerprint (and the time) in the pack's manifest.yaml" };
        return context.Verb<ProductionService, FingerprintReport>("fingerprint",
            $"Print the project's source fingerprint: SHA-256 over the sorted '<sha256>  <path>' lines of {string.Join(", ", SourceFingerprint.Inputs)} (no .pact/ or other dot-directory, no node_modules, __pycache__, bin, obj; the pack directory, reports/ included, is never an input)",
            [dir, write], (service, parse, cancellationToken) => service.FingerprintAsync(parse.GetValue(dir)!, parse.GetValue(write), cancellationToken),
            static () => PactJson.Context.CommandResultFingerprintReport, (report, output) =>
            {
                output.WriteLine(report.Fingerprint);
                output.WriteLine($"  over {report.Files.Count} file(s){(report.Written ? "; written to manifest.yaml" : "")}");
            });
    }

    private static Command Status(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        return context.Verb<ProductionService, ProductionReport>("status", "Show each production gate item as satisfied, not applicable, missing, stale, placeholder or failed, without blocking (exit 0)",
            [dir], (service, parse, cancellationToken) => service.StatusAsync(parse.GetValue(dir)!, cancellationToken),
            static () => PactJson.Context.CommandResultProductionReport, Print);
    }

    private static Command Validate(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        return context.Verb<ProductionService, ProductionReport>("validate", "Check the production gate; exit 1 until every item is satisfied by current, non-placeholder evidence or a justified N/A record",
            [dir], (service, parse, cancellationToken) => service.ValidateAsync(parse.GetValue(dir)!, cancellationToken),
            static () => PactJson.Context.CommandResultProductionReport, Print);
    }

    private static void Print(ProductionReport report, TextWriter output)
    {
        output.WriteLine($"Production pack {report.PackDir}: {(report.Ready ? "ready" : "not ready")} ({report.Items.Count(i => !i.Blocks)}/{report.Items.Count} items satisfied)");
        output.WriteLine($"  fingerprint {report.Fingerprint}{(report.ManifestFingerprint is { } pinned && pinned != report.Fingerprint ? $" (manifest has {pinned})" : "")}");
        foreach (var item in report.Items)
        {
            var state = JsonNamingPolicy.SnakeCaseLower.ConvertName(item.State.ToString());
            output.WriteLine($"  {state,-14} {item.Item,-24} {item.Detail}{(item.Blocks && item.File is not null ? $" [{item.File}{item.Pointer}]" : "")}");
        }

        output.WriteLine("Static checks:");
        foreach (var check in report.StaticChecks)
        {
            output.WriteLine($"  {JsonNamingPolicy.SnakeCaseLower.ConvertName(check.Status.ToString()),-14} {JsonNamingPolicy.SnakeCaseLower.ConvertName(check.Check.ToString()),-24} {check.Summary}");
        }
    }
}
