using Pact.Engine.Handoff;
using Pact.Handoff;

namespace Pact.Cli.Commands;

/// <summary><c>pact stub</c>: print a contract's interface stub in the project's language.</summary>
internal static class StubCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var id = CliContext.ComponentArgument<string>("The component whose stub to print");
        return context.Verb<StubService, StubReport>("stub", "Print a contract's interface stub in the project's language (functions, types, validation, PACT keys and events), the start of src/<cid>/", [dir, id],
            (service, parse, cancellationToken) => service.StubAsync(parse.GetValue(dir)!, parse.GetValue(id)!, cancellationToken),
            static () => PactJson.Context.CommandResultStubReport, (stub, output) => output.Write(stub.Text));
    }
}
