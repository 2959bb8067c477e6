using Pact.Engine.Judge.Authority;

namespace Pact.Cli.Commands;

/// <summary><c>pact authority move|new</c>: change the project's authority, approved by the old one or explicitly without it.</summary>
internal static class AuthorityCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("authority", "Change the project's audit authority: move it (the old key approves) or take a new one (when the old is lost; logged and shown)");
        command.Subcommands.Add(Move(context));
        command.Subcommands.Add(New(context));
        return command;
    }

    private static Command Move(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var target = new Argument<string>("new-audit-dir") { Description = "The new audit directory, outside the project, empty or not yet there" };
        return context.Verb<AuthorityService, AuthorityReport>("move", "Move the authority to a new audit directory: needs the old one (its directory and key), whose key signs an approval naming the new key; masters, hidden suites and the ledger go along", [dir, target],
            (service, parse, cancellationToken) => service.MoveAsync(parse.GetValue(dir)!, parse.GetValue(target)!, cancellationToken), static () => PactJson.Context.CommandResultAuthorityReport, Print);
    }

    private static Command New(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var target = new Argument<string>("new-audit-dir") { Description = "The new audit directory, outside the project, empty or not yet there" };
        var reason = new Option<string>("--reason") { Description = "Why the old authority is lost (logged; status and every later certificate show it)", Required = true };
        return context.Verb<AuthorityService, AuthorityReport>("new", "Take a new authority when the old one is lost: no approval, so it is logged, shown by status from then on and carried by every later certificate", [dir, target, reason],
            (service, parse, cancellationToken) => service.NewAsync(parse.GetValue(dir)!, parse.GetValue(target)!, parse.GetValue(reason)!, cancellationToken), static () => PactJson.Context.CommandResultAuthorityReport, Print);
    }

    private static void Print(AuthorityReport report, TextWriter output)
    {
        output.WriteLine(AuthorityRecords.Describe(report.Change));
        output.WriteLine($"  audit directory {report.AuditDir} (recorded as audit_dir in pact.yaml), project {report.ProjectId}");
        output.WriteLine($"  key id: {report.KeyId}: pin this one where certificates are checked from now on");
        if (report.Carried.Count > 0)
        {
            output.WriteLine($"  carried {report.Carried.Count} file(s) from the old audit directory");
        }
    }
}
