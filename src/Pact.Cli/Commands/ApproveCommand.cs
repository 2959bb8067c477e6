using System.Globalization;
using Pact.Interview;

namespace Pact.Cli.Commands;

/// <summary><c>pact approve [dir]</c>: approve the interview, answering each open question with its best assumption.</summary>
internal static class ApproveCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what the approval would record (the answers each open question would take, the plan's fingerprint), writing nothing" };
        var plan = new Option<bool>("--plan") { Description = "Approve the plan (decomposition, contracts, suites) for implementation instead: in plan-only mode `pact run` then goes on into the code, until the plan changes" };
        return context.Verb<ApproveService, ApproveReport>("approve",
            "Approve the interview: each question still open is answered with the assumption that fits it best (recorded as yours, with its confidence), so a paused `pact run` goes on. With --plan, approve the plan for implementation",
            [dir, plan, dryRun],
            (service, parse, cancellationToken) =>
            {
                var options = ApproveOptions.Cli with { DryRun = parse.GetValue(dryRun) };
                return parse.GetValue(plan) ? service.ApprovePlanAsync(parse.GetValue(dir)!, options, cancellationToken) : service.ApproveAsync(parse.GetValue(dir)!, options, cancellationToken);
            },
            static () => PactJson.Context.CommandResultApproveReport, Print);
    }

    private static void Print(ApproveReport report, TextWriter output)
    {
        var would = report.DryRun ? "Dry run, nothing written. It would approve: " : "";
        if (report.Plan is { } plan)
        {
            output.WriteLine($"{would}Plan approved for implementation: {plan.Files} files, fingerprint {plan.Fingerprint[..12]}.");
            output.WriteLine($"Next: {report.Next.Command}");
            return;
        }

        output.WriteLine(report.AlreadyApproved ? "The interview was already approved, with every question answered." : $"{would}Interview approved; {report.Answers.Count} open question(s) answered.");
        foreach (var answer in report.Answers)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {answer.Question}\n    -> {answer.Answer} (confidence {answer.Confidence:0.##})"));
        }

        output.WriteLine($"Next: {report.Next.Command}");
    }
}
