using System.Globalization;
using Pact.Interview;

namespace Pact.Cli.Commands;

/// <summary><c>pact approve [dir]</c>: approve the interview, answering each open question with its best assumption.</summary>
internal static class ApproveCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        return context.Verb<ApproveService, ApproveReport>("approve",
            "Approve the interview: each question still open is answered with the assumption that fits it best (recorded as yours, with its confidence), so a paused `pact run` goes on",
            [dir],
            (service, parse, cancellationToken) => service.ApproveAsync(parse.GetValue(dir)!, cancellationToken),
            PactJson.Context.CommandResultApproveReport, Print);
    }

    private static void Print(ApproveReport report, TextWriter output)
    {
        output.WriteLine(report.AlreadyApproved ? "The interview was already approved, with every question answered." : $"Interview approved; {report.Answers.Count} open question(s) answered.");
        foreach (var answer in report.Answers)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {answer.Question}\n    -> {answer.Answer} (confidence {answer.Confidence:0.##})"));
        }

        output.WriteLine($"Next: {report.Next.Command}");
    }
}
