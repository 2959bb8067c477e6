using System.Globalization;
using Pact.Engine.Judge.Runs;
using Pact.Engine.Pipeline;
using Pact.Pipeline;

namespace Pact.Cli.Commands;

/// <summary>
/// <c>pact daemon DIR</c> (a run that waits at gates instead of stopping) and <c>pact monitor DIR [INTERVAL]</c> (keeps a
/// daemon working until the project is certified: starts it, restarts a dead one, replaces a stuck one).
/// </summary>
internal static class DaemonCommand
{
    public static Command Daemon(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var (implement, backend, model) = RunOptions();
        var interval = Seconds("--interval", "Seconds between looks at a gate it waits at (default: pact.yaml's check_interval, else 300)");
        var maxIdle = Seconds("--max-idle", "Give up (exit 1) after waiting this many seconds at a gate nobody answers (default 3600)");
        return context.Verb<DaemonService, PipelineRunReport>("daemon",
            "Drive the project like `pact run`, but wait at a person's gate (an open question, the plan's approval, the budget) and go on once it is answered; exit 0 when certified. `pact monitor` keeps one alive",
            [dir, implement, backend, model, interval, maxIdle],
            (service, parse, cancellationToken) => service.RunAsync(parse.GetValue(dir)!, new PipelineRunRequest
            {
                Implement = parse.GetValue(implement) ? true : null,
                Backend = parse.GetValue(backend),
                Model = parse.GetValue(model),
                Progress = RunCommand.Progress(context),
            }, parse.GetValue(interval) is { } every ? TimeSpan.FromSeconds(every) : null, TimeSpan.FromSeconds(parse.GetValue(maxIdle) ?? 3600), cancellationToken),
            static () => PactJson.Context.CommandResultPipelineRunReport, RunCommand.Print);
    }

    public static Command Monitor(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var interval = new Argument<int?>("interval") { Description = "Seconds between looks (default 30)", Arity = ArgumentArity.ZeroOrOne };
        var (implement, backend, model) = RunOptions();
        var stuck = Seconds("--stuck-timeout", "Kill and restart a daemon that took no step for this many seconds (default 1200; longer than any one backend call)");
        var approve = new Option<bool>("--approve") { Description = "Answer the gates a person would answer with `pact approve`: the interview's open questions (with its assumptions) and the plan's approval" };
        return context.Verb<MonitorService, MonitorReport>("monitor",
            "Keep a daemon working on the project until it is certified: start one, restart a dead one, kill and restart one that is stuck, and print how it stands. Exit 0 when certified, 1 when the daemon failed",
            [dir, interval, implement, backend, model, stuck, approve],
            (service, parse, cancellationToken) =>
            {
                var every = TimeSpan.FromSeconds(parse.GetValue(interval) ?? 30);
                return service.RunAsync(parse.GetValue(dir)!, new MonitorRequest
                {
                    DaemonCommand = DaemonLine(parse.GetValue(dir)!, every, parse.GetValue(implement), parse.GetValue(backend), parse.GetValue(model)),
                    Interval = every,
                    StuckTimeout = TimeSpan.FromSeconds(parse.GetValue(stuck) ?? 1200),
                    Approve = parse.GetValue(approve),
                    Progress = new ProgressAction<string>(line => context.Error.WriteLine($"[monitor] {line}")),
                }, cancellationToken);
            },
            static () => PactJson.Context.CommandResultMonitorReport, Print);
    }

    private static (Option<bool> Implement, Option<string?> Backend, Option<string?> Model) RunOptions()
    {
        var (backend, model) = RunCommand.DriverOptions();
        return (new Option<bool>("--implement") { Description = "Go on past the plan without waiting for its approval" }, backend, model);
    }

    private static Option<int?> Seconds(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError($"{name} must be at least 1 second");
            }
        });
        return option;
    }

    /// <summary>This very program with the daemon's arguments: <c>pact</c> itself, or <c>dotnet pact.dll</c> in the framework-dependent build.</summary>
    private static List<string> DaemonLine(string dir, TimeSpan interval, bool implement, string? backend, string? model)
    {
        var program = Environment.ProcessPath ?? "pact";
        List<string> line = Path.GetFileNameWithoutExtension(program) == "dotnet" ? [program, Path.Combine(AppContext.BaseDirectory, "pact.dll")] : [program];
        line.AddRange(["daemon", Path.GetFullPath(dir), "--interval", ((int)Math.Max(1, interval.TotalSeconds)).ToString(CultureInfo.InvariantCulture)]);
        if (implement)
        {
            line.Add("--implement");
        }

        if (backend is not null)
        {
            line.AddRange(["--backend", backend]);
        }

        if (model is not null)
        {
            line.AddRange(["--model", model]);
        }

        return line;
    }

    private static void Print(MonitorReport report, TextWriter output)
    {
        output.WriteLine($"{(report.Certified ? "Certified" : "Not certified")}: {report.Message}");
        output.WriteLine($"{report.Started} daemon(s) started, {report.Killed} killed as stuck, {report.Approvals} gate(s) answered.");
    }
}
