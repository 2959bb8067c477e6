using System.Text.Json.Nodes;
using Pact.Contracts;
using Pact.Documents;
using Pact.Gates;
using Pact.Schemas;
using Pact.Serialization;
using Pact.Suites;

namespace Pact.Core.Tests.Gates;

/// <summary>
/// A project held in one JSON document (task, tree, contracts, suites, syntax results), as the gate corpus writes
/// them. Each artifact goes through <see cref="ArtifactReader"/>, so a corpus entry must be schema-valid and break
/// only a gate.
/// </summary>
internal static class CorpusProject
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Gates", "Corpus");

    public static JsonNode Valid() => JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "valid.json")))!;

    public static ProjectArtifacts Read(JsonNode document)
    {
        var contracts = new Dictionary<string, ComponentContract>(StringComparer.Ordinal);
        foreach (var (id, node) in document["contracts"]?.AsObject() ?? [])
        {
            contracts[id] = Typed(ArtifactKind.Contract, node!, ArtifactPaths.Contract(id), PactJson.Context.ComponentContract);
        }
        var suites = new Dictionary<string, ContractTestSuite>(StringComparer.Ordinal);
        foreach (var (id, node) in document["suites"]?.AsObject() ?? [])
        {
            suites[id] = Typed(ArtifactKind.TestSuite, node!, ArtifactPaths.Suite(id), PactJson.Context.ContractTestSuite);
        }
        var syntax = new Dictionary<string, SyntaxCheck>(StringComparer.Ordinal);
        foreach (var (id, node) in document["syntax"]?.AsObject() ?? [])
        {
            syntax[id] = (bool)node!["ok"]! ? SyntaxCheck.Parsed
                : node["fix"] is { } fix ? SyntaxCheck.ToolUnavailable((string)node["error"]!, (string)fix!)
                : SyntaxCheck.Failed((string)node["error"]!, (int?)node["line"]);
        }
        return new ProjectArtifacts
        {
            Task = (string?)document["task"] ?? "",
            Tree = document["tree"] is { } tree ? Typed(ArtifactKind.Decomposition, tree, ArtifactPaths.Tree, PactJson.Context.DecompositionTree) : null,
            Contracts = contracts,
            Suites = suites,
            Syntax = syntax,
            AcceptanceCriteria = document["acceptance_criteria"]?.AsArray().Select(c => (string)c!).ToList() ?? [],
        };
    }

    private static T Typed<T>(ArtifactKind kind, JsonNode node, string file, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        var read = ArtifactReader.Read(kind, node.ToJsonString(), file, type);
        Assert.True(read.Ok, $"{file} must pass its schema so that only a gate rejects it:\n{string.Join("\n", read.Diagnostics)}");
        return read.Value!;
    }
}
