using Pact.Engine.Judge;

namespace Pact.Cli.Commands;

internal static class AuditInitCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var audit = new Option<string>("--audit-dir") { Description = "The audit directory, outside the code repository", Required = true };
        var owner = new Option<string?>("--owner") { Description = "Separate-user mode (Linux): give the audit directory to this OS user (0700), the judge service's user, and make the service's tokens; needs root or that user" };
        var command = new Command("audit-init", "Create the audit directory (masters, hidden suites, signing key) outside the project") { dir, audit, owner, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (AuditDirectoryRecorder.Check(parse.GetValue(dir)!) is { } unmergeable)
            {
                return context.Render(CommandResults.Fail<AuditInitReport>(AuditInitService.Command, Outcome.Invalid, unmergeable), parse.GetValue(CliContext.JsonOption), static () => PactJson.Context.CommandResultAuditInitReport, (_, _) => { });
            }

            var result = await context.Services.GetRequiredService<AuditInitService>().InitAsync(parse.GetValue(dir)!, parse.GetValue(audit)!, cancellationToken, parse.GetValue(owner));
            if (result is { Ok: true, Data: { } made })
            {
                if (await AuditDirectoryRecorder.RecordAsync(parse.GetValue(dir)!, made.AuditDir, AuditDirectoryRecorder.ProcessEnvironment(), cancellationToken) is { } unrecorded)
                {
                    result.Diagnostics = [.. result.Diagnostics, unrecorded];
                }
            }

            return context.Render(result, parse.GetValue(CliContext.JsonOption), static () => PactJson.Context.CommandResultAuditInitReport, (report, output) =>
            {
                output.WriteLine($"Audit directory {report.AuditDir} (recorded as audit_dir in pact.yaml)");
                output.WriteLine($"  signing key: {report.PublicKey}");
                output.WriteLine($"  key id: {report.KeyId}");
                output.WriteLine($"  pin it where certificates are checked (CI): copy {report.PublicKey} out of reach of the implementer and run `pact certify <dir> --verify --key <that copy>`, or put it in ~/.config/pact/trusted_keys/ and use --keyid {report.KeyId}");
                if (report.Owner is not null)
                {
                    output.WriteLine($"  owned by {report.Owner} (0700): start the judge service as {report.Owner}: `pact mcp --role audit --audit-dir {report.AuditDir} --project-dir {Path.GetFullPath(parse.GetValue(dir)!)} --socket PATH`");
                    output.WriteLine($"  hand the implementer the code token in {report.CodeToken} (as PACT_JUDGE_TOKEN, with PACT_JUDGE=unix:PATH); the audit token beside it stays with the auditor");
                }

                if (report.MovedMasters.Count > 0)
                {
                    output.WriteLine($"  moved {report.MovedMasters.Count} master file(s) into it");
                }
            });
        });
        return command;
    }
}
