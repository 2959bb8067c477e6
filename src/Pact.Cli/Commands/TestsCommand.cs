using Pact.Engine.Judge.Suites;

namespace Pact.Cli.Commands;

/// <summary><c>pact tests</c> (visible) and <c>pact goodhart</c> (hidden): lock a suite.</summary>
internal static class TestsCommand
{
    public static Command Create(CliContext context, SuiteKind kind)
    {
        var dir = CliContext.ProjectDirArgument();
        var component = CliContext.ComponentArgument<string>("The component the suite tests");
        var file = CliContext.FileOption("The suite (test_suite JSON or YAML)");
        var command = kind == SuiteKind.Visible
            ? new Command("tests", "Validate a visible test suite and lock it: master under .pact/ or the audit directory, view in tests/<cid>/")
            : new Command("goodhart", "Validate a hidden (Goodhart) test suite and lock it in the audit directory; it never appears in the project");
        command.Add(dir);
        command.Add(component);
        command.Add(file);
        command.Add(CliContext.JsonOption);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var service = context.Services.GetRequiredService<SuiteLockService>();
            var result = await ArtifactFile.WithAsync(SuiteLockService.CommandOf(kind), parse.GetValue(file)!, ArtifactKind.TestSuite, document => service.LockAsync(parse.GetValue(dir)!, parse.GetValue(component)!, document, kind, cancellationToken), cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), static () => PactJson.Context.CommandResultSuiteLockReport, (report, output) =>
            {
                output.WriteLine($"Locked the {report.Kind.ToString().ToLowerInvariant()} suite of {report.ComponentId}: {report.TestCases} tests ({report.Added} new), sha256 {report.Sha256}{(report.Frozen ? ", frozen" : "")}");
                foreach (var view in report.Views)
                {
                    output.WriteLine($"  view {view}");
                }
            });
        });
        return command;
    }
}
