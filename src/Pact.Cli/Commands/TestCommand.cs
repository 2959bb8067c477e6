using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Judge;
using Pact.Mcp.Remote;
using Pact.Serialization;

namespace Pact.Cli.Commands;

internal static class TestCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The project directory" };
        var components = new Argument<string[]>("cid") { Description = "Components to test (default: every locked suite)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("test", "Run the locked visible suites against src/<cid>/ in sandboxes (the first run freezes them)") { dir, components, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (JudgeClient.FromEnvironment() is null && await SeparateUserMode.LocalRefusalAsync(context, parse.GetValue(dir)!, cancellationToken) is { } refusal)
            {
                await context.Error.WriteLineAsync(refusal);
                return ExitCodes.Failed;
            }

            var result = JudgeClient.FromEnvironment() is { } judge
                ? await judge.CallAsync("test", "pact_test", JudgeArguments.For(parse.GetValue(dir)!, ("component_ids", parse.GetValue(components) ?? [])), PactJson.Context.CommandResultJudgeReport, cancellationToken)
                : await context.Services.GetRequiredService<JudgeService>().TestAsync(parse.GetValue(dir)!, parse.GetValue(components) ?? [], cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultJudgeReport, JudgeOutput.Report);
        });
        return command;
    }

    public static Command Polish(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var command = new Command("polish", "Run every hidden suite (counts and graduated hints only) and a regression run of every visible suite") { dir, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (JudgeClient.FromEnvironment() is null && await SeparateUserMode.LocalRefusalAsync(context, parse.GetValue(dir)!, cancellationToken) is { } refusal)
            {
                await context.Error.WriteLineAsync(refusal);
                return ExitCodes.Failed;
            }

            var result = JudgeClient.FromEnvironment() is { } judge
                ? await judge.CallAsync("polish", "pact_polish", JudgeArguments.For(parse.GetValue(dir)!), PactJson.Context.CommandResultJudgeReport, cancellationToken)
                : await context.Services.GetRequiredService<JudgeService>().PolishAsync(parse.GetValue(dir)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultJudgeReport, JudgeOutput.Report);
        });
        return command;
    }
}
