using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine;

namespace Pact.Cli.Tests;

/// <summary>Every verb has the same shape: a component is always `component`, an artifact always `-f/--file`, a record always `--json`.</summary>
public sealed class CliShapeTests
{
    private static IEnumerable<Command> Verbs()
    {
        var services = new ServiceCollection().AddPact().BuildServiceProvider();
        var pending = new Stack<Command>([PactCli.Build(new CliContext(services, TextWriter.Null, TextWriter.Null, TextReader.Null))]);
        while (pending.TryPop(out var command))
        {
            yield return command;
            foreach (var sub in command.Subcommands)
            {
                pending.Push(sub);
            }
        }
    }

    [Fact]
    public void AComponentArgument_IsAlwaysCalledComponent()
    {
        var names = Verbs().SelectMany(v => v.Arguments.Select(a => (Verb: v.Name, a.Name))).Where(a => a.Name is "cid" or "id" or "components" or "component-id").ToList();

        Assert.Empty(names);
    }

    [Fact]
    public void AnArtifactTheVerbReads_IsAlwaysDashFOrFile()
    {
        var files = Verbs().SelectMany(v => v.Options.Where(o => o.Name == "--file" && o.Required).Select(o => (Verb: v.Name, Option: o))).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Contains("-f", f.Option.Aliases));
    }

    [Fact]
    public void EveryVerbThatReturnsARecord_TakesJson()
    {
        // The verbs with no record: the MCP server, the hook (its output is the host's format) and schema (its output
        // is the schema document itself, already JSON) and completion (a shell script).
        var exempt = new HashSet<string>(["mcp", "mcp-server", "hook", "pre-tool-use", "schema", "completion"], StringComparer.Ordinal);
        var leaves = Verbs().Where(v => v.Subcommands.Count == 0 && v.Action is not null && !exempt.Contains(v.Name)).ToList();

        Assert.NotEmpty(leaves);
        Assert.All(leaves, v => Assert.True(v.Options.Any(o => o.Name == "--json"), $"pact {v.Name} has no --json"));
    }

    /// <summary>Every command's path below the root ("spec apply"), each leaf once.</summary>
    private static IEnumerable<string> LeafPaths()
    {
        var services = new ServiceCollection().AddPact().BuildServiceProvider();
        var pending = new Stack<(Command Command, string Path)>([(PactCli.Build(new CliContext(services, TextWriter.Null, TextWriter.Null, TextReader.Null)), "")]);
        while (pending.TryPop(out var at))
        {
            if (at.Command.Subcommands.Count == 0 && at.Command.Action is not null)
            {
                yield return at.Path;
            }

            foreach (var sub in at.Command.Subcommands)
            {
                pending.Push((sub, at.Path.Length == 0 ? sub.Name : $"{at.Path} {sub.Name}"));
            }
        }
    }

    [Fact]
    public async Task EveryVerb_HelpEndsWithExamplesOfItself()
    {
        var paths = LeafPaths().ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.True(CommandExamples.ByCommand.ContainsKey(p), $"pact {p} has no examples in CommandExamples"));
        Assert.All(CommandExamples.ByCommand, e => Assert.All(e.Value, example => Assert.Contains($"pact {e.Key}", example, StringComparison.Ordinal)));

        foreach (var path in paths)
        {
            var help = await Cli.InProcessAsync([.. path.Split(' '), "--help"]);
            Assert.True(help.ExitCode == 0, $"pact {path} --help: {help.Err}");
            Assert.Contains($"Examples:\n  pact {path}", help.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EachVerbInTheTable_MakesTheCommandItIsNamedFor()
    {
        var context = new CliContext(new ServiceCollection().AddPact().BuildServiceProvider(), TextWriter.Null, TextWriter.Null, TextReader.Null);
        Assert.All(PactCli.Verbs, verb =>
        {
            var command = verb.Create(context);
            Assert.Equal(string.Join(' ', verb.Names), string.Join(' ', command.Aliases.Prepend(command.Name)));
        });
        var names = PactCli.Verbs.SelectMany(v => v.Names).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// A command line naming a verb is parsed with only that verb built: every example of every verb (and its help, and
    /// its mistakes) must parse to the same command, values and errors as with the whole tree.
    /// </summary>
    [Fact]
    public void ACommandLine_ParsesTheSameWithOnlyItsVerbBuilt()
    {
        var context = new CliContext(new ServiceCollection().AddPact().BuildServiceProvider(), TextWriter.Null, TextWriter.Null, TextReader.Null);
        var lines = CommandExamples.ByCommand.Values.SelectMany(e => e).Select(e => Words(e)[1..])
            .SelectMany(args => new[] { args, [.. args, "--help"], [.. args, "--no-such-option"], [.. args[..1], "extra", .. args[1..]], args[..1] })
            .Append(["mcp-server", "--role", "code"]).Append(["statsu"]).Append(["--role", "audit", "status"]).ToList();
        Assert.True(lines.Count > 300, $"only {lines.Count} command lines");

        var whole = PactCli.Build(context);
        foreach (var args in lines)
        {
            var expected = Describe(whole.Parse(args));
            var actual = Describe(PactCli.Build(context, args).Parse(args));
            Assert.True(expected == actual, $"pact {string.Join(' ', args)}:\n whole tree: {expected}\n its verb:   {actual}");
        }
    }

    /// <summary>What a parse came to: the command, each symbol's tokens, and the errors.</summary>
    private static string Describe(System.CommandLine.ParseResult parse)
    {
        var path = string.Join(' ', parse.CommandResult.Command.Parents.OfType<Command>().Select(c => c.Name).Reverse().Append(parse.CommandResult.Command.Name));
        var symbols = parse.CommandResult.Children.Select(c => c switch
        {
            System.CommandLine.Parsing.OptionResult o => $"{o.Option.Name}=[{string.Join(',', o.Tokens.Select(t => t.Value))}]",
            System.CommandLine.Parsing.ArgumentResult a => $"<{a.Argument.Name}>=[{string.Join(',', a.Tokens.Select(t => t.Value))}]",
            _ => c.ToString(),
        });
        return $"{path} {string.Join(' ', symbols)} | {string.Join("; ", parse.Errors.Select(e => e.Message))} | unmatched {string.Join(',', parse.UnmatchedTokens)}";
    }

    /// <summary>An example's words, as a shell splits them (quotes group, and are removed).</summary>
    private static string[] Words(string line)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }
}
