using System.Diagnostics;

namespace Pact.Engine.Judge;

/// <summary>
/// The one way the judge starts a program: ArgumentList, a scrubbed environment, a time limit after which the whole
/// process tree (and its process group) is killed, and output capped per stream. Expected failures are outcomes.
/// </summary>
public sealed class ProcessRunner(TimeProvider time)
{
    public async Task<ProcessOutcome> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        var grouped = ProcessGroup.Available;
        var info = new ProcessStartInfo(grouped ? ProcessGroup.Setsid : spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (grouped)
        {
            info.ArgumentList.Add(spec.FileName);
        }

        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Clear();
        foreach (var (key, value) in spec.Environment)
        {
            info.Environment[key] = value;
        }

        var started = time.GetTimestamp();
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ProcessOutcome { ExitCode = -1, StartError = $"could not start {spec.FileName}: {e.Message}" };
        }

        process.StandardInput.Close();
        using var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stdout = CappedReader.ReadAsync(process.StandardOutput.BaseStream, spec.OutputCap, drain.Token);
        var stderr = CappedReader.ReadAsync(process.StandardError.BaseStream, spec.OutputCap, drain.Token);

        var timedOut = false;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(spec.Timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = !cancellationToken.IsCancellationRequested;
                KillTree(process);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        // Whatever the tests left running (a daemon, a sleeping child) goes with the group.
        ProcessGroup.Kill(process.Id);
        if (spec.Environment.TryGetValue(ProcessSpec.TagVariable, out var tag))
        {
            ProcessGroup.KillTagged($"{ProcessSpec.TagVariable}={tag}");
        }

        drain.CancelAfter(TimeSpan.FromSeconds(5));
        var (outText, outCut) = await stdout;
        var (errText, errCut) = await stderr;
        cancellationToken.ThrowIfCancellationRequested();
        return new ProcessOutcome
        {
            ExitCode = process.ExitCode,
            TimedOut = timedOut,
            Stdout = outText,
            Stderr = errText,
            Truncated = outCut || errCut,
            Duration = time.GetElapsedTime(started),
        };
    }

    private static void KillTree(Process process)
    {
        ProcessGroup.Kill(process.Id);
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the timeout and the kill.
        }
    }
}
