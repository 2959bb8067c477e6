using System.Diagnostics;
using System.Text;

namespace Pact.Engine.Languages;

/// <summary>
/// Runs one external tool (an interpreter, a compiler) to completion: arguments through ArgumentList, optional stdin,
/// a deadline after which the whole process tree is killed. A tool that cannot start or times out is a result.
/// </summary>
internal static class ToolProcess
{
    public sealed record Outcome(bool Started, bool TimedOut, int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(string program, IEnumerable<string> arguments, string? input, TimeSpan timeout, CancellationToken cancellationToken, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            // The program is missing or not executable: the caller reports how to configure it.
            return new Outcome(false, false, -1, "", e.Message);
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var error = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            if (input is not null)
            {
                await WriteInputAsync(process, input, deadline.Token);
            }
            await process.WaitForExitAsync(deadline.Token);
            return new Outcome(true, false, process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            return new Outcome(true, true, -1, "", $"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s");
        }
    }

    private static async Task WriteInputAsync(Process process, string input, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool exited (or closed stdin) without reading it all: a broken pipe. What it printed and its exit
            // code say what went wrong, so the outcome is read as usual.
        }
    }
}
