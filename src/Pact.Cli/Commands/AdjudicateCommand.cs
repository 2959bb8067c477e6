using Pact.Engine.Judge.Tamper;

namespace Pact.Cli.Commands;

/// <summary><c>pact adjudicate</c>: the auditor's decision on one tamper finding, logged with its reason.</summary>
internal static class AdjudicateCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var component = CliContext.ComponentArgument<string>("The component the finding is in");
        var rule = new Argument<string>("rule") { Description = "The finding's rule, e.g. tamper.python.exit_tricks, or verdict_forged to clear a component whose run was forged" };
        var file = new Option<string?>("--file") { Description = "The finding's file, as reported (src/<cid>/…); not for verdict_forged" };
        var line = new Option<int?>("--line") { Description = "The finding's line, as reported; not for verdict_forged" };
        var verdict = new Option<string>("--verdict") { Description = "allowed (certify may proceed) or refused (certify keeps refusing)", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why (goes to the judge's ledger and the audit log)", Required = true };
        return context.Verb<AdjudicationService, ImplementationFinding>("adjudicate", "Audit side: decide a tamper finding of the implementation (allowed or refused), with a reason",
            [dir, component, rule, file, line, verdict, reason],
            (service, parse, cancellationToken) => service.AdjudicateAsync(parse.GetValue(dir)!, parse.GetValue(component)!, parse.GetValue(rule)!, parse.GetValue(file), parse.GetValue(line), parse.GetValue(verdict)!, parse.GetValue(reason)!, cancellationToken),
            static () => PactJson.Context.CommandResultImplementationFinding, Print);
    }

    private static void Print(ImplementationFinding finding, TextWriter output) =>
        output.WriteLine($"{finding.Verdict}: {finding.Rule} at {finding.File}:{finding.Line} ({finding.ComponentId}): {finding.Reason}");
}
