using Pact.Engine.Handoff;
using Pact.Handoff;

namespace Pact.Cli.Commands;

/// <summary><c>pact handoff &lt;dir&gt; &lt;component&gt;</c>: the brief an implementing agent receives.</summary>
internal static class HandoffCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var id = CliContext.ComponentArgument<string>("The component to brief an implementer on");
        var validate = new Option<bool>("--validate") { Description = "Check the brief's shape (context fence first, contract before tests, …)" };
        var maxTokens = new Option<int>("--max-tokens") { Description = "Token budget: trim optional context (SOPs and pitch first, then tests and dependencies) to fit; 0 = no limit" };
        return context.Verb<HandoffService, HandoffBrief>("handoff", "Print the brief an implementing agent receives: context fence, contract, stub, visible tests, dependencies", [dir, id, validate, maxTokens],
            (service, parse, cancellationToken) => service.BriefAsync(parse.GetValue(dir)!, parse.GetValue(id)!, parse.GetValue(validate), parse.GetValue(maxTokens), cancellationToken),
            static () => PactJson.Context.CommandResultHandoffBrief, Print);
    }

    private static void Print(HandoffBrief brief, TextWriter output)
    {
        output.Write(brief.Brief);
        foreach (var issue in brief.Issues)
        {
            output.WriteLine($"[{issue.Level.ToString().ToLowerInvariant()}] {issue.Check}: {issue.Message}");
        }
    }
}
