using System.Diagnostics;

namespace Pact.Cli.Tests;

/// <summary>
/// eng/prerequisites.sh, which ./run-tests and ./run-example run first: on a machine that lacks what the judge needs it
/// stops at once and names the command to run, instead of letting every judged test fail later.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class PrerequisitesTests : IDisposable
{
    private static string Root { get; } = Path.GetDirectoryName(JudgeTools.RepositoryFile("Pact.sln") ?? throw new InvalidOperationException("Pact.sln not found"))!;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task APythonWithoutPytest_StopsAtOnce_NamingThePipCommand()
    {
        // An interpreter on which `import pytest` fails, as a fresh virtual environment's would.
        var python = _dir.Combine("python");
        await File.WriteAllTextAsync(python, "#!/bin/sh\nexit 1\n", TestContext.Current.CancellationToken);
        File.SetUnixFileMode(python, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var (code, error) = await CheckAsync(new() { ["PACT_PYTHON"] = python });

        Assert.Equal(1, code);
        Assert.Contains($"`{python} -m pip install pytest`", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoNode_StopsAtOnce_NamingWhatToInstall()
    {
        var (code, error) = await CheckAsync(new() { ["PACT_NODE"] = _dir.Combine("no-node") });

        Assert.Equal(1, code);
        Assert.Contains("Node.js 20 or later", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMachineThatHasEverything_PassesSilently()
    {
        var (code, error) = await CheckAsync([]);

        Assert.True(code == 0, error);
        Assert.Equal("", error);
    }

    private static async Task<(int Code, string Error)> CheckAsync(Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Root };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(". eng/prerequisites.sh && pact_prerequisites");
        info.Environment.Remove("PACT_PYTHON");
        info.Environment.Remove("PACT_NODE");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await error);
    }
}
