namespace Pact.Cli.Commands;

/// <summary><c>pact test &lt;dir&gt; [component…]</c>: run the locked visible suites.</summary>
internal static class TestCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var components = CliContext.ComponentArgument<string[]>("Components to test (default: every locked suite)", ArgumentArity.ZeroOrMore);
        var command = new Command("test", "Run the locked visible suites against src/<cid>/ in sandboxes (the first run freezes them)") { dir, components, CliContext.JsonOption, CliRunOptions.ProgressOption, CliRunOptions.TimeoutOption };
        command.SetAction((parse, cancellationToken) =>
        {
            var (project, ids) = (parse.GetValue(dir)!, parse.GetValue(components) ?? []);
            return JudgedRun.RunAsync(context, parse, project, "test", "pact_test", JudgeArguments.For(project, ("component_ids", ids)),
                (judge, options) => judge.TestAsync(project, ids, options, cancellationToken), cancellationToken);
        });
        return command;
    }
}
