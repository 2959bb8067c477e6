using System.Collections.Concurrent;

namespace Pact.Engine.Toolchain;

/// <summary>
/// Finds out whether a toolchain program really works, by running it to print its version (Python also imports
/// pytest): what <c>pact doctor</c> shows, and what the judge checks before it runs suites, so a missing interpreter or
/// compiler is reported as that, with the command that installs it, and never as a failure of the user's code.
/// </summary>
public sealed class ToolchainProbe(ProcessRunner processes)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    // Only what worked is remembered (per path and modification time), so a tool installed while the MCP server runs
    // is seen at the next call, and a working one is not run again before every batch of suites.
    private readonly ConcurrentDictionary<(string Path, DateTime Written, string Arguments), ToolStatus> _working = new();

    public async Task<ToolStatus> ProbeAsync(ToolchainEntry entry, CancellationToken cancellationToken)
    {
        var status = new ToolStatus { Name = entry.Name, Variable = entry.Variable, Source = entry.Source };
        if (entry.Command is null || RuntimePath.Locate(entry.Command) is not { } path || !File.Exists(path))
        {
            return status with { Problem = $"{entry.Name} was not found ({(entry.Command is null ? "not on PATH" : $"'{entry.Command}' from {entry.Source}")})", Install = entry.Install };
        }

        var key = (path, File.GetLastWriteTimeUtc(path), string.Join('\0', entry.VersionArguments));
        if (_working.TryGetValue(key, out var known))
        {
            return known;
        }

        var program = entry.Launcher ?? path;
        var arguments = entry.Launcher is null ? entry.VersionArguments : [path, .. entry.VersionArguments];
        var run = await processes.RunAsync(ProcessSpec.Tool(program, arguments, input: null, Timeout), cancellationToken);
        var lines = (run.Stdout + "\n" + run.Stderr).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        status = status with { Path = path };
        if (!run.Started || run.TimedOut || run.ExitCode != 0)
        {
            var why = !run.Started ? $"could not start: {(run.StartError ?? run.Stderr).Trim()}" : run.TimedOut ? $"did not answer within {Timeout.TotalSeconds:0} s" : lines.LastOrDefault() ?? $"exited with code {run.ExitCode}";
            return status with { Version = run.ExitCode != 0 && run.Started ? FirstVersion(run.Stdout) : null, Problem = $"{entry.Name} at {path} is not usable: {why}", Install = entry.Install };
        }

        status = status with { Version = string.Join(", ", run.Stdout.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) };
        _working[key] = status;
        return status;
    }

    private static string? FirstVersion(string output) => output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
}
