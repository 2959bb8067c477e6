namespace Pact.Cli.Commands;

internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("name") { Description = $"One of: {string.Join(", ", SchemaCatalog.Names)}", Arity = ArgumentArity.ZeroOrOne };
        var example = new Option<bool>("--example") { Description = "Print a small valid artifact of that kind instead (YAML, with a comment saying which command takes it)" };
        var command = new Command("schema", "Print the JSON Schema (2020-12) of an artifact, or list them; --example prints a valid one to start from") { name, example };
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

            if (!parse.GetValue(example))
            {
                context.Output.Write(SchemaCatalog.Text(kind));
                return ExitCodes.Ok;
            }

            if (SchemaExamples.Text(kind) is not { } text)
            {
                context.Error.WriteLine($"error [schema.no_example]: Pact writes {requested} itself, so there is no example to write by hand (fix: `pact schema {requested}` shows its schema)");
                return ExitCodes.NotFound;
            }

            context.Output.Write(text);
            return ExitCodes.Ok;
        });
        return command;
    }
}
