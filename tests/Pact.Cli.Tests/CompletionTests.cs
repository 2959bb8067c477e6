using System.Diagnostics;

namespace Pact.Cli.Tests;

/// <summary>
/// <c>pact completion bash</c> is sourced by a real bash, which then completes through the real <c>pact</c>: verbs,
/// options and argument values come from the command tree itself.
/// </summary>
public sealed class CompletionTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("pact te", "test,tests", "interview")]
    [InlineData("pact test --pro", "--progress", "--json")]
    [InlineData("pact completion ", "bash,fish,zsh", "test")]
    public async Task Bash_CompletesFromTheCommandTree(string line, string expected, string absent)
    {
        var words = line.Split(' ');
        var reply = await CompleteAsync(line, words);

        foreach (var word in expected.Split(','))
        {
            Assert.Contains(word, reply);
        }

        Assert.DoesNotContain(absent, reply);
    }

    [Fact]
    public async Task AnUnknownShell_IsAUsageError()
    {
        var run = await Cli.InProcessAsync("completion", "powershell");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("powershell", run.Err, StringComparison.Ordinal);
    }

    /// <summary>Sources the script in bash with the completion variables bash sets, and returns COMPREPLY.</summary>
    private async Task<IReadOnlyList<string>> CompleteAsync(string line, string[] words)
    {
        var bin = _dir.Combine("bin");
        Directory.CreateDirectory(bin);
        var pact = Path.Combine(bin, "pact");
        File.WriteAllText(pact, $"#!/bin/sh\nexec dotnet '{Cli.Dll}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(pact, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var quoted = string.Join(' ', words.Select(w => $"'{w}'"));
        var script = $"""
            source <(pact completion bash)
            COMP_LINE='{line}'; COMP_POINT={line.Length}; COMP_WORDS=({quoted}); COMP_CWORD={words.Length - 1}
            _pact_complete
            printf '%s\n' "${"{"}COMPREPLY[@]{"}"}"
            """;
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.Environment["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, await error);
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
