using System.Diagnostics;

namespace Pact.Cli.Tests;

/// <summary>Runs <c>pact</c>: in-process through <see cref="PactCli.RunAsync"/>, or as a real process (<c>dotnet pact.dll</c>).</summary>
internal static class Cli
{
    public sealed record Run(int ExitCode, string Out, string Err);

    public static async Task<Run> InProcessAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PactCli.RunAsync(args, output, error, cancellationToken: TestContext.Current.CancellationToken);
        // No test expects Pact to crash: an internal error fails here with what it printed, not later as a bare exit code.
        Assert.True(code != ExitCodes.Internal, $"pact {string.Join(' ', args)} crashed:\n{error}");
        return new Run(code, output.ToString(), error.ToString());
    }

    /// <summary>The built CLI beside the tests (the project reference copies it here).</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "pact.dll");

    public static ProcessStartInfo StartInfo(params string[] args) => StartInfo(args, []);

    /// <summary>The CLI's start info; with a <paramref name="wrapper"/> (e.g. bwrap and its options) the CLI runs under it.</summary>
    public static ProcessStartInfo StartInfo(string[] args, IReadOnlyList<string> wrapper)
    {
        var info = new ProcessStartInfo(wrapper.Count > 0 ? wrapper[0] : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var word in wrapper.Skip(1).Concat(wrapper.Count > 0 ? ["dotnet"] : []))
        {
            info.ArgumentList.Add(word);
        }

        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    public static Task<Run> ProcessAsync(params string[] args) => ProcessAsync(args, new Dictionary<string, string?>());

    /// <summary>
    /// The CLI as a real process, with <paramref name="environment"/> set (a null value removes the variable),
    /// <paramref name="input"/> on stdin and, with a <paramref name="wrapper"/>, under it.
    /// </summary>
    public static async Task<Run> ProcessAsync(string[] args, IReadOnlyDictionary<string, string?> environment, string? input = null, IReadOnlyList<string>? wrapper = null)
    {
        var info = StartInfo(args, wrapper ?? []);
        info.RedirectStandardInput = input is not null;
        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        using var process = Process.Start(info)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Run(process.ExitCode, await output, await error);
    }
}
