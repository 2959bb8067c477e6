using System.Globalization;
using Pact.Engine.Judge.Runs;
using Pact.Engine.Pipeline;
using Pact.Pipeline;

namespace Pact.Cli.Commands;

/// <summary>
/// <c>pact run DIR [--implement | --plan-only] [--backend] [--model] [--max-steps]</c>: Pact drives the project through
/// its steps with a code-agent backend; <c>pact build DIR CID</c> rebuilds one component. A line on stderr per step, so a
/// long run is never silence.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var implement = new Option<bool>("--implement") { Description = "Go on past the plan: implement, test, polish, review and certify (default: pact.yaml's plan_only: false, else stop after the plan)" };
        var planOnly = new Option<bool>("--plan-only") { Description = "Stop after the plan even when pact.yaml says plan_only: false" };
        var (backend, model) = DriverOptions();
        var maxSteps = new Option<int>("--max-steps") { Description = "Stop after this many steps (a bound on a run that does not converge)", DefaultValueFactory = _ => 200 };
        maxSteps.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-steps must be at least 1");
            }
        });
        var command = context.Verb<PipelineRunService, PipelineRunReport>("run",
            "Drive the project with a code-agent backend: each model step's answer passes the same gates as the host agent's, the judge runs the tests. Stops after the plan unless told to implement, at a person's gate, or when the budget is spent",
            [dir, implement, planOnly, backend, model, maxSteps],
            (service, parse, cancellationToken) => service.RunAsync(parse.GetValue(dir)!, new PipelineRunRequest
            {
                Implement = parse.GetValue(implement) ? true : null,
                PlanOnly = parse.GetValue(planOnly),
                Backend = parse.GetValue(backend),
                Model = parse.GetValue(model),
                MaxSteps = parse.GetValue(maxSteps),
                Progress = Progress(context),
            }, cancellationToken),
            static () => PactJson.Context.CommandResultPipelineRunReport, Print);
        command.Validators.Add(result =>
        {
            if (result.GetValue(implement) && result.GetValue(planOnly))
            {
                result.AddError("--implement and --plan-only contradict each other: give one");
            }
        });
        return command;
    }

    /// <summary><c>pact build DIR CID</c>: archive the component's code and have the backend implement it afresh.</summary>
    public static Command Build(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var component = CliContext.ComponentArgument<string>("The component to rebuild (it keeps its contract and suites)", ArgumentArity.ExactlyOne);
        var backend = new Option<string?>("--backend") { Description = "What implements: claude_code, codex_code (agents), openai, gemini, anthropic (APIs) (default: pact.yaml's backend, else claude_code)" };
        var model = new Option<string?>("--model") { Description = "The model to ask the backend for (default: pact.yaml's model, else the backend's own)" };
        return context.Verb<PipelineRunService, PipelineRunReport>("build",
            "Rebuild one component: its code is archived under .pact/attempts/<cid>/ and a backend implements it again until its visible suite passes (max_implementation_attempts)",
            [dir, component, backend, model],
            (service, parse, cancellationToken) => service.BuildAsync(parse.GetValue(dir)!, parse.GetValue(component)!, new PipelineRunRequest
            {
                Backend = parse.GetValue(backend),
                Model = parse.GetValue(model),
                Progress = Progress(context),
            }, cancellationToken),
            static () => PactJson.Context.CommandResultPipelineRunReport, Print);
    }

    /// <summary><c>pact resume DIR</c>: go on with the last <c>pact run</c>, as it was asked, once what stopped it is dealt with.</summary>
    public static Command Resume(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        return context.Verb<PipelineRunService, PipelineRunReport>("resume",
            "Go on with the last `pact run` as it was asked (backend, model, --implement), after its pause, failure or budget stop; refused, with the step to take, while what stopped it still stands",
            [dir],
            (service, parse, cancellationToken) => service.ResumeAsync(parse.GetValue(dir)!, Progress(context), cancellationToken),
            static () => PactJson.Context.CommandResultPipelineRunReport, Print);
    }

    /// <summary>Who does the model work, for the commands that drive the pipeline (<c>run</c>, <c>daemon</c>, <c>monitor</c>).</summary>
    internal static (Option<string?> Backend, Option<string?> Model) DriverOptions() =>
        (new Option<string?>("--backend") { Description = "What does the model work: claude_code, codex_code (agents), openai, gemini, anthropic (APIs), or a _team agent (default: pact.yaml's backend, else claude_code)" },
         new Option<string?>("--model") { Description = "The model to ask the backend for (default: pact.yaml's model, else the backend's own)" });

    internal static ProgressAction<PipelineStep> Progress(CliContext context) =>
        new(step => context.Error.WriteLine($"[{step.State.ToString().ToLowerInvariant()}] {Line(step)}"));

    internal static void Print(PipelineRunReport report, TextWriter output)
    {
        if (report.ResumedAfter is { } after)
        {
            output.WriteLine($"Resumed the run that stopped ({System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(after.ToString())}) at {report.ResumedFromTime}.");
        }

        output.WriteLine($"{report.Steps.Count} step(s) with {report.Backend}{string.Create(CultureInfo.InvariantCulture, $"; spent ${report.SpentUsd:0.####} of ${report.BudgetUsd:0.####}")}.");
        output.WriteLine($"Stopped ({System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(report.Stop.ToString())}): {report.Message}");
        output.WriteLine($"Next: {report.Next.Command}");
    }

    private static string Line(PipelineStep step) =>
        $"{step.Tool}{(step.ComponentId is null ? "" : " " + step.ComponentId)}{(step.Attempt is { } a ? $" (attempt {a})" : "")}: {step.Message}"
        + (step.CostUsd is { } cost ? string.Create(CultureInfo.InvariantCulture, $" (${cost:0.####})") : "");
}
