using Pact.Audit;

namespace Pact.Cli.Commands;

/// <summary><c>pact log [dir] [--component C] [--action A] [--since T] [--last N]</c>: the project's audit log, filtered, and whether it is whole.</summary>
internal static class LogCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var component = new Option<string?>("--component") { Description = "Only the events of this component" };
        var action = new Option<string?>("--action") { Description = "Only this action and its sub-actions (e.g. test, health)" };
        var since = new Option<string?>("--since") { Description = "Only events from this ISO 8601 time, or this span back from now (45m, 6h, 2d)" };
        var last = new Option<int?>("--last") { Description = "Only the last N matching events" };
        return context.Verb<LogService, LogReport>("log", "Show the project's audit log (oldest first), filtered, with whether it still agrees with the judge's ledger", [dir, component, action, since, last],
            (service, parse, cancellationToken) => service.ReadAsync(parse.GetValue(dir)!, parse.GetValue(component), parse.GetValue(action), parse.GetValue(since), parse.GetValue(last), cancellationToken),
            static () => PactJson.Context.CommandResultLogReport, Print);
    }

    private static void Print(LogReport report, TextWriter output)
    {
        foreach (var e in report.Events)
        {
            var who = e.ComponentId is null ? "" : $" [{e.ComponentId}]";
            var by = e.Actor is null ? "" : $" ({e.Actor})";
            output.WriteLine($"{e.Line,6}  {e.Timestamp}  {e.Action}{who}{by}  {e.Detail}");
        }
        output.WriteLine($"{report.Events.Count} of {report.Matched} matching events shown ({report.Total} in the log); {(report.Intact ? "the log agrees with the judge's ledger" : "the log is NOT whole: see the warnings")}");
    }
}
