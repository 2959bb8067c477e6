using Pact.Engine.Pipeline;
using Pact.Pipeline;

namespace Pact.Cli.Commands;

/// <summary><c>pact diagnose [dir] CID --verdict V --explanation E --guidance G</c>: record the diagnosis of a component that kept failing.</summary>
internal static class DiagnoseCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var component = CliContext.ComponentArgument<string>("The component that kept failing", ArgumentArity.ExactlyOne);
        var verdict = new Option<string>("--verdict") { Description = "Where the fault lies: implementation, contract or human", Required = true };
        verdict.AcceptOnlyFromAmong([.. DiagnoseService.Verdicts]);
        var explanation = new Option<string>("--explanation") { Description = "Why the component fails, in a sentence or two", Required = true };
        var guidance = new Option<string>("--guidance") { Description = "What to do: the implementer's guidance, the contract amendment to propose, or the question for a person", Required = true };
        return context.Verb<DiagnoseService, DiagnoseReport>("diagnose",
            "Record the diagnosis of a component that failed its visible suite max_implementation_attempts runs in a row; the verdict sends it back to its implementer, to a contract amendment, or to a person",
            [dir, component, verdict, explanation, guidance],
            (service, parse, cancellationToken) => service.RecordAsync(parse.GetValue(dir)!, parse.GetValue(component)!, parse.GetValue(verdict)!, parse.GetValue(explanation)!, parse.GetValue(guidance)!, cancellationToken),
            static () => PactJson.Context.CommandResultDiagnoseReport, Print);
    }

    private static void Print(DiagnoseReport report, TextWriter output)
    {
        output.WriteLine($"Diagnosed {report.Diagnosis.ComponentId}: {report.Diagnosis.Verdict} ({report.File}).");
        output.WriteLine($"Next: {report.Next.Command}");
        output.WriteLine($"      {report.Next.Reason}");
    }
}
