using System.CommandLine;
using Pact.Schemas;

namespace Pact.Cli.Commands;

internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("name") { Description = $"One of: {string.Join(", ", SchemaCatalog.Names)}", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("schema", "Print the JSON Schema (2020-12) of an artifact, or list them") { name };
        command.SetAction(parse =>
        {
            var requested = parse.GetValue(name);
            if (requested is null)
            {
                foreach (var known in SchemaCatalog.Names)
                {
                    context.Output.WriteLine(known);
                }

                return ExitCodes.Ok;
            }

            if (SchemaCatalog.Find(requested) is not { } kind)
            {
                context.Error.WriteLine($"error [schema.unknown]: there is no schema named '{requested}' (fix: use one of: {string.Join(", ", SchemaCatalog.Names)})");
                return ExitCodes.NotFound;
            }

            context.Output.Write(SchemaCatalog.Text(kind));
            return ExitCodes.Ok;
        });
        return command;
    }
}
