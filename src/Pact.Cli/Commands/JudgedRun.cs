using Pact.Engine.Judge.Runs;

namespace Pact.Cli.Commands;

/// <summary>
/// How <c>test</c> and <c>polish</c> run: forwarded to the judge service when <c>PACT_JUDGE</c> names one, else here,
/// unless this user cannot read the audit directory (separate-user mode), which is refused with the way forward.
/// </summary>
internal static class JudgedRun
{
    public static async Task<int> RunAsync(CliContext context, ParseResult parse, string dir, string verb, string tool, IReadOnlyDictionary<string, object?> arguments,
        Func<JudgeService, RunOptions, Task<CommandResult<JudgeReport>>> local, CancellationToken cancellationToken)
    {
        if (JudgeClient.FromEnvironment() is null && await SeparateUserMode.LocalRefusalAsync(context, dir, cancellationToken) is { } refusal)
        {
            await context.Error.WriteLineAsync(refusal);
            return ExitCodes.Failed;
        }

        if (JudgeClient.FromEnvironment() is not null && CliRunOptions.RemoteRefusal(parse) is { } dropped)
        {
            await context.Error.WriteLineAsync(dropped);
            return ExitCodes.Usage;
        }

        var result = JudgeClient.FromEnvironment() is { } judge
            ? await judge.CallAsync(verb, tool, arguments, PactJson.Context.CommandResultJudgeReport, cancellationToken)
            : await local(context.Services.GetRequiredService<JudgeService>(), CliRunOptions.Options(context, parse));

        return context.Render(result, parse.GetValue(CliContext.JsonOption), static () => PactJson.Context.CommandResultJudgeReport, JudgeOutput.Report);
    }
}
