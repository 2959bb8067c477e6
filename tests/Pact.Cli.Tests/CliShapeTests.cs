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
}
