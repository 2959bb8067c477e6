using Pact.Engine.Judge.Suites;

namespace Pact.Cli.Commands;

/// <summary><c>pact freeze &lt;dir&gt; [component]</c>: from now on the locked suites accept only added tests.</summary>
internal static class FreezeCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var component = CliContext.ComponentArgument<string?>("One component (default: every locked visible suite)", ArgumentArity.ZeroOrOne);
        return context.Verb<SuiteStateService, FreezeReport>("freeze", "Freeze locked suites: from now on they accept only added tests", [dir, component],
            (service, parse, cancellationToken) => service.FreezeAsync(parse.GetValue(dir)!, parse.GetValue(component) is { } one ? [one] : [], cancellationToken),
            static () => PactJson.Context.CommandResultFreezeReport, Print);
    }

    /// <summary>What freeze, unfreeze and sync print: the components they changed.</summary>
    internal static void Print(FreezeReport report, TextWriter output) =>
        output.WriteLine(report.Components.Count == 0 ? $"{report.Action}: nothing to change." : $"{report.Action}: {string.Join(", ", report.Components)}");
}
