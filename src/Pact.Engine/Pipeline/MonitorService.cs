using System.Diagnostics;
using Pact.Pipeline;

namespace Pact.Engine.Pipeline;

/// <summary>
/// <c>pact monitor DIR [INTERVAL]</c>, the Python Pact's monitor script as a command: it keeps a daemon working on the
/// project until the project is certified. Every interval it looks: no daemon holding the lock (none started yet, or
/// one that died, even by kill -9) means one is started; a daemon with no step for the stuck timeout is killed with
/// its children and replaced; a daemon waiting at the interview's questions or the plan's approval has them answered
/// when told to (<c>--approve</c>); and one line says how things stand. It exits 0 once the daemon has certified the
/// project, and 1 when the daemon stopped on a failure (or could not start).
/// </summary>
public sealed class MonitorService(ProjectStore store, StatusService status, Gates.ApproveService approve, TimeProvider time)
{
    public const string Command = "monitor";

    public async Task<CommandResult<MonitorReport>> RunAsync(string directory, MonitorRequest request, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<MonitorReport>(Command, outcome, diagnostics);
        }

        var layout = project.Layout;
        var (started, killed, approvals) = (0, 0, 0);
        Process? daemon = null;
        var startedAt = time.GetUtcNow();
        while (true)
        {
            var state = DaemonService.ReadState(layout);
            if (daemon is { HasExited: false } && state?.Pid != daemon.Id)
            {
                // Ours, still starting: it has not taken the lock and said who it is yet; unless that takes too long.
                if (time.GetUtcNow() - startedAt > request.StuckTimeout)
                {
                    request.Progress?.Report($"the daemon (pid {daemon.Id}) did not start within {request.StuckTimeout.TotalSeconds:0} s: killing it");
                    Kill(daemon.Id);
                    killed++;
                }
            }
            else if (IsRunning(layout))
            {
                if (state is not null && time.GetUtcNow() - DateTimeOffset.Parse(state.HeartbeatAt, CultureInfo.InvariantCulture) > request.StuckTimeout)
                {
                    request.Progress?.Report($"the daemon (pid {state.Pid}) took no step for {request.StuckTimeout.TotalSeconds:0} s (last: {state.Message}): killing it and its children");
                    Kill(state.Pid);
                    killed++;
                }
                else if (state is { Phase: DaemonPhase.Waiting } && request.Approve && await AnswerAsync(layout, request, cancellationToken))
                {
                    approvals++;
                }
            }
            else
            {
                // Nothing holds the lock: the daemon we started has ended (or there never was one).
                if (daemon is { HasExited: true })
                {
                    if (daemon.ExitCode == 0 && state is { Phase: DaemonPhase.Complete })
                    {
                        return Report(layout, started, killed, approvals, state, $"certified: {state.Message}");
                    }

                    if (state is { Phase: DaemonPhase.Failed } || state?.Pid != daemon.Id)
                    {
                        var why = state?.Pid == daemon.Id ? state.Message : $"the daemon exited {daemon.ExitCode} before it started (see {layout.Relative(layout.DaemonLog)})";
                        return Report(layout, started, killed, approvals, state, why) with { Outcome = Outcome.Invalid };
                    }

                    request.Progress?.Report($"the daemon (pid {daemon.Id}) died (exit {daemon.ExitCode}) at: {state?.Message}: starting another");
                }
                else if (daemon is null && state is { Phase: DaemonPhase.Complete } && File.Exists(layout.CertificateJson))
                {
                    return Report(layout, started, killed, approvals, state, $"already certified: {state.Message}");
                }

                daemon?.Dispose();
                daemon = Start(layout, request.DaemonCommand);
                startedAt = time.GetUtcNow();
                started++;
                request.Progress?.Report($"started a daemon (pid {daemon.Id}); its output goes to {layout.Relative(layout.DaemonLog)}");
            }

            if (state is not null)
            {
                request.Progress?.Report($"daemon {state.Phase.ToString().ToLowerInvariant()} after {state.Steps} step(s): {state.Message}");
            }

            await Task.Delay(request.Interval, time, cancellationToken);
        }
    }

    private static bool IsRunning(ProjectLayout layout)
    {
        using var free = DaemonService.TryLock(layout);
        return free is null;
    }

    /// <summary>
    /// The daemon, its output appended to the log by a shell that then becomes the daemon (<c>exec</c>): the daemon's
    /// pid is the one started, and it writes to no pipe the monitor would have to drain or could break by exiting.
    /// </summary>
    private static Process Start(ProjectLayout layout, IReadOnlyList<string> command)
    {
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = layout.Root };
        foreach (var word in (string[])["-c", "exec \"$@\" >>\"$PACT_DAEMON_LOG\" 2>&1 </dev/null", "sh", .. command])
        {
            info.ArgumentList.Add(word);
        }

        info.Environment["PACT_DAEMON_LOG"] = layout.DaemonLog;
        return Process.Start(info) ?? throw new InvalidOperationException("the daemon's process did not start");
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (ArgumentException)
        {
            // It ended on its own meanwhile: nothing left to kill.
        }
    }

    /// <summary>The gate the daemon waits at, answered as a person would with <c>pact approve</c>, when it is one of those.</summary>
    private async Task<bool> AnswerAsync(ProjectLayout layout, MonitorRequest request, CancellationToken cancellationToken)
    {
        var seen = await status.GetAsync(layout.Root, cancellationToken);
        var result = seen.Data?.Next.Tool switch
        {
            "pact_decompose" => await approve.ApproveAsync(layout.Root, cancellationToken),
            "pact_handoff" when Gates.ApproveService.ReadPlanApproval(layout) is null => await approve.ApprovePlanAsync(layout.Root, cancellationToken),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        request.Progress?.Report(result.Ok ? $"approved {(result.Data!.Plan is null ? $"the interview ({result.Data.Answers.Count} open question(s) answered with its assumptions)" : "the plan")}" : $"could not approve: {string.Join("; ", result.Diagnostics.Select(d => d.Message))}");
        return result.Ok && (result.Data!.Plan is not null || result.Data.Answers.Count > 0);
    }

    private static CommandResult<MonitorReport> Report(ProjectLayout layout, int started, int killed, int approvals, DaemonState? state, string message) =>
        CommandResults.Ok(Command, new MonitorReport
        {
            ProjectDir = layout.Root,
            Certified = File.Exists(layout.CertificateJson),
            Started = started,
            Killed = killed,
            Approvals = approvals,
            Daemon = state,
            Message = message,
        });
}
