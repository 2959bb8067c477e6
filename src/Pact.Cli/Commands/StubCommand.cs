using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Handoff;
using Pact.Serialization;

namespace Pact.Cli.Commands;

/// <summary><c>pact stub</c>: print a contract's interface stub in the project's language.</summary>
internal static class StubCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var id = CliContext.ComponentArgument<string>("The component whose stub to print");
        var command = new Command("stub", "Print a contract's interface stub in the project's language (functions, types, validation, PACT keys and events), the start of src/<cid>/") { dir, id, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<StubService>().StubAsync(parse.GetValue(dir)!, parse.GetValue(id)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultStubReport, (stub, output) => output.Write(stub.Text));
        });
        return command;
    }
}
