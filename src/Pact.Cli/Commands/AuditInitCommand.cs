using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Judge;
using Pact.Serialization;

namespace Pact.Cli.Commands;

internal static class AuditInitCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The project directory" };
        var audit = new Option<string>("--audit-dir") { Description = "The audit directory, outside the code repository", Required = true };
        var command = new Command("audit-init", "Create the audit directory (masters, hidden suites, signing key) outside the project") { dir, audit, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<AuditInitService>().InitAsync(parse.GetValue(dir)!, parse.GetValue(audit)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultAuditInitReport, (report, output) =>
            {
                output.WriteLine($"Audit directory {report.AuditDir} (recorded as audit_dir in pact.yaml)");
                output.WriteLine($"  signing key: {report.PublicKey}");
                output.WriteLine($"  key id: {report.KeyId}");
                output.WriteLine($"  pin it where certificates are checked (CI): copy {report.PublicKey} out of reach of the implementer and run `pact certify <dir> --verify --key <that copy>`, or put it in ~/.config/pact/trusted_keys/ and use --keyid {report.KeyId}");
                if (report.MovedMasters.Count > 0)
                {
                    output.WriteLine($"  moved {report.MovedMasters.Count} master file(s) into it");
                }
            });
        });
        return command;
    }
}
