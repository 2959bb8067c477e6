using Pact.Engine.Judge.Runs;

namespace Pact.Cli.Commands;

/// <summary>
/// The options test, polish and certify share. Progress: a line on stderr as each suite finishes, so a long or hung run
/// is not silence until the end; on by default when stderr is a terminal (the status coloured unless NO_COLOR is
/// set), with <c>--progress</c> anywhere else (plain lines, for logs). Counts only, as the MCP progress
/// notifications: a hidden suite's failures stay hidden. <c>--timeout</c>: each suite's limit for this run.
/// </summary>
internal static class CliRunOptions
{
    public static readonly Option<bool> ProgressOption = new("--progress") { Description = "Print a line on stderr as each suite finishes (the default on a terminal)" };

    public static readonly Option<int?> TimeoutOption = TimeoutSeconds();

    /// <summary>What the parsed options ask of the run.</summary>
    public static RunOptions Options(CliContext context, ParseResult parse) => new()
    {
        Progress = Progress(context, parse),
        Timeout = parse.GetValue(TimeoutOption) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
    };

    /// <summary>
    /// A judge service runs with its project's settings; a --timeout it would not honour is refused rather than
    /// silently dropped.
    /// </summary>
    public static string? RemoteRefusal(ParseResult parse) =>
        parse.GetResult(TimeoutOption) is { Implicit: false }
            ? "error [usage]: --timeout is not passed to the judge service, which runs with the project's test_timeout_seconds (fix: set test_timeout_seconds in pact.yaml, or run without --timeout)"
            : null;

    private static Option<int?> TimeoutSeconds()
    {
        var option = new Option<int?>("--timeout") { Description = "Seconds each suite may run before its process tree is killed (default: pact.yaml test_timeout_seconds, 120)", HelpName = "seconds" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } seconds && seconds is < 1 or > 86_400)
            {
                result.AddError($"--timeout must be between 1 and 86400 seconds, not {seconds}");
            }
        });
        return option;
    }

    private static IProgress<SuiteProgressEvent>? Progress(CliContext context, ParseResult parse)
    {
        var terminal = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        if (!terminal && !parse.GetValue(ProgressOption))
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
