using System.Diagnostics;
using Pact.Engine.Judge.Isolation;

namespace Pact.Engine.Judge.Processes;

/// <summary>
/// The one way the judge starts a program: ArgumentList, a scrubbed environment, a time limit after which the whole
/// process tree (and its process group) is killed, and output capped per stream. Expected failures are outcomes.
/// </summary>
public sealed class ProcessRunner(TimeProvider time)
{
    private static readonly Lock StartLock = new();

    public async Task<ProcessOutcome> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        var (fileName, arguments, environment, workingDirectory) = Command(spec);
        var grouped = ProcessGroup.Available;
        var info = new ProcessStartInfo(grouped ? ProcessGroup.Setsid : fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (grouped)
        {
            info.ArgumentList.Add(fileName);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Clear();
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var started = time.GetTimestamp();
        using var process = new Process { StartInfo = info };
        // Declared after the process, so it is disposed first, on every path: the forking thread is let go before the
        // process object it started is disposed, and never touches that object again.
        using var forker = new ThreadRelease();
        var start = await StartAsync(process, forker, confined: spec.Confinement?.Bwrap is not null, spec.Confinement is { Bwrap: not null } bound ? bound.Sources : []);
        if (start is not null)
        {
            return new ProcessOutcome { ExitCode = -1, StartError = $"could not start {fileName}: {start}" };
        }

        using var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stdout = CappedReader.ReadAsync(process.StandardOutput.BaseStream, spec.OutputCap, drain.Token);
        var stderr = CappedReader.ReadAsync(process.StandardError.BaseStream, spec.OutputCap, drain.Token);

        var timedOut = false;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(spec.Timeout);
            try
            {
                await WriteInputAsync(process, spec.Input, limit.Token);
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = !cancellationToken.IsCancellationRequested;
                KillTree(process);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        // Whatever the tests left running (a daemon, a sleeping child) goes with the group. A confined run needs no
        // more: its pid namespace died with it. An unconfined one may have left the group; what still works in the
        // sandbox goes too (best effort: a process that also left the directory survives, which is why isolation is
        // required by default).
        ProcessGroup.Kill(process.Id);
        forker.Dispose();
        if (spec.Confinement is { Bwrap: null } unconfined)
        {
            ProcessGroup.KillWorkingIn(unconfined.Sandbox.Container);
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

    /// <summary>What to start: the program itself, or bubblewrap around it (which gets only a PATH of its own).</summary>
    private static (string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment, string WorkingDirectory) Command(ProcessSpec spec) =>
        spec.Confinement is { Bwrap: { } bwrap } confinement
            ? (bwrap, BubblewrapCommand.Arguments(confinement, spec), new Dictionary<string, string>(StringComparer.Ordinal) { ["PATH"] = "/usr/bin:/bin", ["LANG"] = "C.UTF-8" }, confinement.Sandbox.Container)
            : (spec.FileName, spec.Arguments, spec.Environment, spec.WorkingDirectory);

    /// <summary>
    /// Starts the process; null on success, else why it could not start. A confined run is started from a thread of
    /// its own that lives until the process exits: bubblewrap's --die-with-parent follows the thread that forked it,
    /// and a thread-pool thread retired mid-run would take the sandbox down with it. The thread waits for
    /// <paramref name="release"/>, not on the process: the caller disposes the process when it is done with it, and a
    /// wait on a disposed process throws on a thread no one catches for, which ends the whole program.
    /// </summary>
    private static Task<string?> StartAsync(Process process, ThreadRelease release, bool confined, IReadOnlyList<Runs.SourceMount> sources)
    {
        if (!confined)
        {
            return Task.FromResult(TryStart(process, []));
        }

        var started = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            var problem = TryStart(process, sources);
            started.SetResult(problem);
            if (problem is null)
            {
                release.Wait();
            }
        })
        {
            IsBackground = true,
            Name = "pact-sandbox",
        };
        thread.Start();
        return started.Task;
    }

    /// <summary>
    /// Starts the process with the sources' descriptors inheritable for it alone: every start takes the lock, so no
    /// other child (another suite's runner, unconfined) is forked while they are, and they are close-on-exec again after.
    /// </summary>
    private static string? TryStart(Process process, IReadOnlyList<Runs.SourceMount> sources)
    {
        lock (StartLock)
        {
            var handles = sources.Select(s => s.Handle).OfType<Microsoft.Win32.SafeHandles.SafeFileHandle>().ToList();
            try
            {
                handles.ForEach(h => Runs.NativeFiles.Inheritable(h, inherit: true));
                process.Start();
                return null;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                return e.Message;
            }
            finally
            {
                handles.ForEach(h => Runs.NativeFiles.Inheritable(h, inherit: false));
            }
        }
    }

    private static async Task WriteInputAsync(Process process, string? input, CancellationToken cancellationToken)
    {
        try
        {
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited (or closed stdin) without reading it all: a broken pipe. Its output and exit code say
            // what went wrong, so the outcome is read as usual.
        }
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
