using Pact.Engine.Judge.Suites;

namespace Pact.Cli.Commands;

/// <summary><c>pact unfreeze &lt;dir&gt; &lt;component&gt; --reason …</c>: a frozen suite may change again, logged with why.</summary>
internal static class UnfreezeCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var component = CliContext.ComponentArgument<string>("The component whose suite may change again");
        var reason = new Option<string>("--reason") { Description = "Why the locked tests must change (goes to the audit log)", Required = true };
        var hidden = new Option<bool>("--hidden") { Description = "Unfreeze the hidden suite: an audit-side decision, its reason logged only in the judge's ledger in the audit directory" };
        return context.Verb<SuiteStateService, FreezeReport>("unfreeze", "Allow a frozen suite to change again; logged with its reason", [dir, component, reason, hidden],
            (service, parse, cancellationToken) => service.UnfreezeAsync(parse.GetValue(dir)!, parse.GetValue(component)!, parse.GetValue(reason)!, cancellationToken, parse.GetValue(hidden) ? SuiteKind.Hidden : SuiteKind.Visible),
            static () => PactJson.Context.CommandResultFreezeReport, FreezeCommand.Print);
    }
}
