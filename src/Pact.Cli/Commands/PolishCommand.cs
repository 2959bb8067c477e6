namespace Pact.Cli.Commands;

/// <summary><c>pact polish [dir]</c>: every hidden suite (counts and hints only) and a regression run of the visible ones.</summary>
internal static class PolishCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var command = new Command("polish", "Run every hidden suite (counts and graduated hints only) and a regression run of every visible suite") { dir, CliContext.JsonOption, CliRunOptions.ProgressOption, CliRunOptions.TimeoutOption };
        command.SetAction((parse, cancellationToken) =>
        {
            var project = parse.GetValue(dir)!;
            return JudgedRun.RunAsync(context, parse, project, "polish", "pact_polish", JudgeArguments.For(project),
                (judge, options) => judge.PolishAsync(project, options, cancellationToken), cancellationToken);
        });
        return command;
    }
}
