using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Handoff;
using Pact.Serialization;

namespace Pact.Cli.Commands;

internal static class HandoffCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var id = CliContext.ComponentArgument<string>("The component to brief an implementer on");
        var validate = new Option<bool>("--validate") { Description = "Check the brief's shape (context fence first, contract before tests, …)" };
        var maxTokens = new Option<int>("--max-tokens") { Description = "Token budget: trim optional context (SOPs and pitch first, then tests and dependencies) to fit; 0 = no limit" };
        var command = new Command("handoff", "Print the brief an implementing agent receives: context fence, contract, stub, visible tests, dependencies") { dir, id, validate, maxTokens, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<HandoffService>().BriefAsync(parse.GetValue(dir)!, parse.GetValue(id)!, parse.GetValue(validate), parse.GetValue(maxTokens), cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultHandoffBrief, (brief, output) =>
            {
                output.Write(brief.Brief);
                foreach (var issue in brief.Issues)
                {
                    output.WriteLine($"[{issue.Level.ToString().ToLowerInvariant()}] {issue.Check}: {issue.Message}");
                }
            });
        });
        return command;
    }
}
