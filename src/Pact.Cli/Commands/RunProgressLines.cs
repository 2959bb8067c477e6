using System.CommandLine;
using Pact.Engine.Judge.Runs;
using Pact.Judge;

namespace Pact.Cli.Commands;

/// <summary>
/// A line on stderr as each suite of test, polish or certify finishes, so a long or hung run is not silence until the
/// end: on by default when stderr is a terminal (the status coloured unless NO_COLOR is set), with <c>--progress</c> anywhere else (plain
/// lines, for logs). Counts only, as the MCP progress notifications: a hidden suite's failures stay hidden.
/// </summary>
internal static class RunProgressLines
{
    public static readonly Option<bool> Option = new("--progress") { Description = "Print a line on stderr as each suite finishes (the default on a terminal)" };

    public static IProgress<SuiteProgressEvent>? For(CliContext context, ParseResult parse)
    {
        var terminal = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        if (!terminal && !parse.GetValue(Option))
        {
            return null;
        }

        // https://no-color.org: any non-empty NO_COLOR turns colour off, on a terminal too.
        var colour = terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var gate = new object();
        return new ProgressAction<SuiteProgressEvent>(run =>
        {
            var status = run.Status.ToString().ToLowerInvariant();
            if (colour)
            {
                status = $"\u001b[{(run.Status == SuiteStatus.Passed ? "32" : "31")}m{status}\u001b[0m";
            }

            lock (gate)
            {
                // Suites finish on several threads at once; one whole line each.
                context.Error.WriteLine($"[{run.Done}] {run.ComponentId} {run.Kind.ToString().ToLowerInvariant()}: {status}, {run.Passed}/{run.Total} passed");
            }
        });
    }
}
