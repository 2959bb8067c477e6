using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pact.Diagnostics;

namespace Pact.Cli;

/// <summary>What every command handler needs: the services and where to print. Tests pass StringWriters.</summary>
public sealed class CliContext(IServiceProvider services, TextWriter output, TextWriter error, TextReader input)
{
    /// <summary>
    /// The project directory of a command that takes no other argument: optional, and by default the nearest
    /// directory at or above the current one holding a pact.yaml (else the current directory, which then says it is
    /// not a project), so `pact status` works anywhere inside a project.
    /// </summary>
    public static Argument<string> ProjectArgument() => Project("The project directory (default: the project the current directory is in)");

    /// <summary>
    /// The project directory before other arguments: it may be left out only when nothing follows it (<c>pact test</c>
    /// inside a project); <c>pact test calc</c> reads calc as the directory, and the project store's did-you-mean says
    /// <c>pact test . calc</c>.
    /// </summary>
    public static Argument<string> ProjectDirArgument() => Project("The project directory (default, when no other argument follows: the project the current directory is in)");

    private static Argument<string> Project(string description) => new("dir")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => ProjectLayout.Enclosing(Directory.GetCurrentDirectory()) ?? ".",
    };

    /// <summary>A component id argument: every verb calls it <c>component</c>, so help and errors read the same.</summary>
    public static Argument<T> ComponentArgument<T>(string description, ArgumentArity? arity = null)
    {
        var argument = new Argument<T>("component") { Description = description };
        if (arity is { } given)
        {
            argument.Arity = given;
        }

        return argument;
    }

    /// <summary>The artifact a command reads: <c>-f/--file</c> on every verb that takes one.</summary>
    public static Option<string> FileOption(string description) => new("--file", "-f") { Description = description, Required = true };

    /// <summary>
    /// The project a "no such project" points into when the directory given was really a component id of the project
    /// the current directory is in (`pact test converter` typed inside the project).
    /// </summary>
    private static string? ComponentGivenAsProject(Diagnostic diagnostic)
    {
        if (diagnostic.Rule is not (ProjectProblems.NotFound or ProjectProblems.NotInitialized) || Path.GetFileName(diagnostic.File) is not { Length: > 0 } word
            || ProjectLayout.Enclosing(Directory.GetCurrentDirectory()) is not { } project)
        {
            return null;
        }

        var layout = new ProjectLayout(project);
        return Directory.Exists(layout.ContractDir(word)) || Directory.Exists(Path.Combine(layout.SrcDir, word)) ? project : null;
    }

    public static readonly Option<bool> JsonOption = new("--json") { Description = "Print the result record as JSON (versioned; the same record the MCP tool returns)" };

    public IServiceProvider Services { get; } = services;
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>stdin, for the commands that read a document from it (the hook).</summary>
    public TextReader Input { get; } = input;

    /// <summary>
    /// A verb that is one service call: the command with its arguments and options (and <c>--json</c> last), whose
    /// action resolves <typeparamref name="TService"/>, calls <paramref name="run"/> and renders what it returns.
    /// Every verb built here reads and prints the same way, so a new one is its symbols, its call and its printer.
    /// <paramref name="type"/> is a function, and is called only to print JSON: asking the serializer context for a
    /// type's metadata builds it, and building it for every verb made up a third of a ReadyToRun command's start-up.
    /// </summary>
    public Command Verb<TService, T>(string name, string description, Symbol[] symbols,
        Func<TService, ParseResult, CancellationToken, Task<CommandResult<T>>> run, Func<JsonTypeInfo<CommandResult<T>>> type, Action<T, TextWriter> human)
        where TService : notnull
        where T : class
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
                default:
                    throw new ArgumentException($"A verb takes arguments and options, not {symbol.GetType().Name}.", nameof(symbols));
            }
        }

        command.Options.Add(JsonOption);
        command.SetAction(async (parse, cancellationToken) =>
            Render(await run(Services.GetRequiredService<TService>(), parse, cancellationToken), parse.GetValue(JsonOption), type, human));
        return command;
    }

    /// <summary>Prints a result as JSON or through <paramref name="human"/>, diagnostics on stderr, and returns its exit code.</summary>
    public int Render<T>(CommandResult<T> result, bool json, Func<JsonTypeInfo<CommandResult<T>>> type, Action<T, TextWriter> human)
        where T : class
    {
        if (json)
        {
            Output.WriteLine(JsonSerializer.Serialize(result, type()));
            return ExitCodes.Of(result.Outcome);
        }

        if (result.Data is { } data)
        {
            human(data, Output);
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            Error.WriteLine(diagnostic.ToString());
            if (ComponentGivenAsProject(diagnostic) is { } project)
            {
                Error.WriteLine($"'{Path.GetFileName(diagnostic.File)}' is a component of the project at {project}: did you mean `pact {result.Command} {(project == Directory.GetCurrentDirectory() ? "." : project)} {Path.GetFileName(diagnostic.File)}`?");
            }
        }

        if (!result.Ok)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            // A result with data (a test run that failed) did its work; only a refused request changed nothing.
            Error.WriteLine(result.Data is not null
                ? $"pact {result.Command}: failed ({errors} problem{(errors == 1 ? "" : "s")}, listed above)."
                : $"pact {result.Command}: {Describe(result.Outcome)}{(errors > 1 ? $" ({errors} errors)" : "")}; nothing was changed.");
        }

        return ExitCodes.Of(result.Outcome);
    }

    private static string Describe(Outcome outcome) => outcome switch
    {
        Outcome.Invalid => "invalid input",
        Outcome.NotFound => "not found",
        Outcome.Busy => "project busy",
        Outcome.IoError => "disk error",
        _ => outcome.ToString(),
    };
}
