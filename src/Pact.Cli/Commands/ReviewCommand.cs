using Pact.Engine.Reviews;
using Pact.Reviews;

namespace Pact.Cli.Commands;

/// <summary><c>pact review submit|adjudicate</c>: store an Advocate or Simulacrum review after its gates; decide its findings and questions.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var command = Run(context);
        command.Subcommands.Add(Submit(context));
        command.Subcommands.Add(Adjudicate(context));
        return command;
    }

    /// <summary><c>pact review DIR --claim …</c>: the reviews made by a code-agent backend, stored as if submitted.</summary>
    private static Command Run(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var claim = new Option<string>("--claim") { Description = "What is claimed, e.g. \"money is done: every contract test passes\" (Simulacrum tests it, Advocate reviews against it)" };
        var components = new Option<string[]>("--component", "-c") { Description = "A component to review (repeat for more; default: the whole project)", AllowMultipleArgumentsPerToken = true };
        var advocateOnly = new Option<bool>("--advocate-only") { Description = "Run Advocate only (when Simulacrum is unavailable or not wanted)" };
        var simOnly = new Option<bool>("--sim-only") { Description = "Run Simulacrum only" };
        var backend = new Option<string?>("--backend", "--provider") { Description = $"The code agent that reviews: claude_code or codex_code (default: {ReviewRunService.ProviderVariable}, else claude_code)" };
        var model = new Option<string?>("--model") { Description = "The model to ask the backend for (default: the backend's own)" };
        var command = context.Verb<ReviewRunService, ReviewRunReport>("review",
            "Advocate and Simulacrum reviews. With --claim: a backend (Claude Code, Codex) makes them and they are stored after the same gates; `submit` stores one the host agent made, `adjudicate` decides its findings. Certify refuses while an Advocate critical/high finding is undecided.",
            [dir, claim, components, advocateOnly, simOnly, backend, model],
            (service, parse, cancellationToken) => service.RunAsync(parse.GetValue(dir)!, new ReviewRunRequest
            {
                Claim = parse.GetValue(claim) ?? "",
                Components = parse.GetValue(components) ?? [],
                Advocate = !parse.GetValue(simOnly),
                Simulacrum = !parse.GetValue(advocateOnly),
                Backend = parse.GetValue(backend),
                Model = parse.GetValue(model),
            }, cancellationToken),
            static () => PactJson.Context.CommandResultReviewRunReport, (report, output) =>
            {
                foreach (var run in report.Runs)
                {
                    var who = run.Reviewer == Reviewer.Advocate ? "Advocate  " : "Simulacrum";
                    output.WriteLine(run.State == ReviewRunState.Completed
                        ? $"{who} completed: review {run.ReviewId}, {run.Findings} finding(s) ({run.Blocking.Count} blocking), {run.Questions} question(s){(run.CostUsd is { } cost ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", ${cost:0.####}") : "")}"
                        : $"{who} {run.State.ToString().ToLowerInvariant()}: {run.Message}");
                }
            });
        return command;
    }

    private static Command Submit(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var file = CliContext.FileOption("The review (YAML or JSON); `pact schema review --example` shows one");
        return context.Verb<ReviewService, ReviewReport>("submit", "Store a review under .pact/reviews/<id>/ once every finding names a place that exists and says something checkable", [dir, file],
            (service, parse, cancellationToken) => ArtifactFile.WithAsync(ReviewService.SubmitCommand, parse.GetValue(file)!, ArtifactKind.Review, document => service.SubmitAsync(parse.GetValue(dir)!, document, cancellationToken), cancellationToken),
            static () => PactJson.Context.CommandResultReviewReport, (report, output) =>
            {
                var review = report.Review;
                output.WriteLine($"Stored {review.Reviewer.ToString().ToLowerInvariant()} review {review.Id}: {review.Findings.Count} finding(s), {review.Questions.Count} question(s).");
                foreach (var finding in review.Findings)
                {
                    output.WriteLine($"  {finding.Id} {finding.Severity.ToString().ToLowerInvariant()} at {finding.Location}: {finding.Evidence}");
                }

                if (report.Blocking.Count > 0)
                {
                    output.WriteLine($"Certify refuses until {string.Join(", ", report.Blocking)} are adjudicated (`pact review adjudicate {report.ProjectDir} {review.Id} <finding> --decision fixed|accepted_risk --reason \"…\"`).");
                }
            });
    }

    private static Command Adjudicate(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var review = new Argument<string>("review") { Description = "The review's id, as `pact review submit` returned it" };
        var item = new Argument<string>("item") { Description = "The finding's or question's id (F1, Q1, …)" };
        var decision = new Option<string>("--decision") { Description = "fixed (checked: the named file changed, or a target suite gained a test), accepted_risk (findings) or answered (questions)", Required = true };
        decision.AcceptOnlyFromAmong("fixed", "accepted_risk", "answered");
        var reason = new Option<string>("--reason") { Description = "What was done, why the risk is acceptable, or the answer (logged)", Required = true };
        return context.Verb<ReviewAdjudicationService, ReviewAdjudicationReport>("adjudicate", "Decide one finding or question of a review (audit side when the project has an auditor), with a reason",
            [dir, review, item, decision, reason],
            (service, parse, cancellationToken) => service.AdjudicateAsync(parse.GetValue(dir)!, parse.GetValue(review)!, parse.GetValue(item)!, parse.GetValue(decision)!, parse.GetValue(reason)!, cancellationToken),
            static () => PactJson.Context.CommandResultReviewAdjudicationReport, (report, output) =>
            {
                var a = report.Adjudication;
                output.WriteLine($"{a.ReviewId}/{a.Item}: {System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(a.Decision.ToString())} ({a.Role}): {a.Reason}");
                if (a.Evidence.Length > 0)
                {
                    output.WriteLine($"  checked: {a.Evidence}");
                }

                output.WriteLine(report.Open.Count == 0 ? "  nothing of this review is open" : $"  still open: {string.Join(", ", report.Open)}");
            });
    }
}
