using Pact.Pipeline;

namespace Pact.Engine.Pipeline;

/// <summary>
/// <c>pact daemon DIR</c>: <c>pact run</c> that does not give up at a gate. It takes steps while there are steps to
/// take; at a person's gate (an open question, the plan's approval, the budget) it waits, looking again every
/// interval (pact.yaml's check_interval), and goes on once the gate is answered; it exits 0 when the project is
/// certified and 1 on a failure no retry mends, or after waiting longer than its idle limit. Each step is its
/// heartbeat in <c>.pact/daemon.json</c>, and it holds <c>.pact/daemon.lock</c> for its whole life, so a second
/// daemon is refused and <c>pact monitor</c> can tell a dead one (the OS releases the lock even on kill -9). Nothing
/// it does is lost when it dies: every step's result is an artifact or an audit event, and the next daemon's run
/// starts from them, as <c>pact run</c> always does.
/// </summary>
public sealed class DaemonService(ProjectStore store, PipelineRunService runs, TimeProvider time)
{
    public const string Command = "daemon";

    /// <summary>check_interval's global default, in seconds.</summary>
    public const int DefaultInterval = 300;

    public async Task<CommandResult<PipelineRunReport>> RunAsync(string directory, PipelineRunRequest request, TimeSpan? interval, TimeSpan maxIdle, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<PipelineRunReport>(Command, outcome, diagnostics);
        }

        var layout = project.Layout;
        using var held = TryLock(layout);
        if (held is null)
        {
            return CommandResults.Fail<PipelineRunReport>(Command, Outcome.Busy, new Diagnostic
            {
                Rule = "daemon.running",
                Message = $"a daemon is already running on this project{(ReadState(layout) is { } other ? $" (pid {other.Pid}, since {other.StartedAt})" : "")}",
                Fix = $"let it work (`pact monitor {layout.Root}` watches it), or stop that process first",
            });
        }

        var every = interval ?? TimeSpan.FromSeconds(project.Config.CheckInterval > 0 ? project.Config.CheckInterval : DefaultInterval);
        var started = Now();
        var steps = 0;
        DateTimeOffset? idleSince = null;
        Write(layout, started, DaemonPhase.Running, "started", steps);
        while (true)
        {
            var progress = new ProgressAction<PipelineStep>(step =>
            {
                steps++;
                Write(layout, started, DaemonPhase.Running, $"{step.Tool}{(step.ComponentId is null ? "" : " " + step.ComponentId)}: {step.State.ToString().ToLowerInvariant()}", steps);
                request.Progress?.Report(step);
            });
            var result = await runs.RunAsync(directory, request with { Progress = progress }, cancellationToken);
            if (result.Data is not { } report)
            {
                Write(layout, started, DaemonPhase.Failed, string.Join("; ", result.Diagnostics.Select(d => d.Message)), steps);
                return result with { Command = Command };
            }

            switch (report.Stop)
            {
                case PipelineStop.Complete:
                    Write(layout, started, DaemonPhase.Complete, report.Message, steps);
                    return result with { Command = Command };
                case PipelineStop.Failed or PipelineStop.StepLimit:
                    Write(layout, started, DaemonPhase.Failed, report.Message, steps);
                    return result with { Command = Command };
            }

            // At a gate. Steps taken on the way here are progress: the idle clock starts at the gate.
            var now = time.GetUtcNow();
            idleSince = report.Steps.Count > 0 ? now : idleSince ?? now;
            if (now - idleSince >= maxIdle)
            {
                Write(layout, started, DaemonPhase.Failed, $"waited {maxIdle.TotalSeconds:0} s at a gate that was not answered: {report.Message}", steps);
                return result with { Command = Command, Outcome = Outcome.Invalid };
            }

            Write(layout, started, DaemonPhase.Waiting, report.Message, steps);
            await Task.Delay(every, time, cancellationToken);
        }
    }

    /// <summary>The daemon's lock, or null when another process holds it (a daemon is running).</summary>
    public static FileStream? TryLock(ProjectLayout layout)
    {
        Directory.CreateDirectory(layout.PactDir);
        try
        {
            return new FileStream(layout.DaemonLock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The daemon's last word about itself, or null when there is none (or it cannot be read).</summary>
    public static DaemonState? ReadState(ProjectLayout layout) => JsonFiles.ReadOrNull(layout.DaemonJson, PactJson.Context.DaemonState);

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The heartbeat, written whole so a reader never sees half of it.</summary>
    private void Write(ProjectLayout layout, string started, DaemonPhase phase, string message, int steps) =>
        JsonFiles.WriteWhole(layout.DaemonJson, new DaemonState { Pid = Environment.ProcessId, StartedAt = started, HeartbeatAt = Now(), Phase = phase, Message = message, Steps = steps }, PactJson.Context.DaemonState);
}
