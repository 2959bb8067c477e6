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
}
