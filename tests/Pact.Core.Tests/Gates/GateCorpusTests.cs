using System.Text.Json.Nodes;
using Pact.Diagnostics;
using Pact.Gates.Project;

namespace Pact.Core.Tests.Gates;

/// <summary>
/// The broken-artifact corpus (Gates/Corpus/&lt;rule&gt;.json): each entry patches the valid project so that exactly
/// one gate fails, and names the rule, file and pointer it must be rejected with.
/// </summary>
public sealed class GateCorpusTests
{
    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CorpusProject.Directory, "*.json").Where(f => Path.GetFileName(f) != "valid.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Fact]
    public void TheValidProject_PassesEveryGate_WithoutWarnings()
    {
        var found = ProjectGates.Check(CorpusProject.Read(CorpusProject.Valid()));

        Assert.Empty(found);
    }

    [Fact]
    public void TheCorpus_HasAtLeastFortyEntries_CoveringAtLeastFortyRules()
    {
        var rules = Entries().Select(e => (string)JsonNode.Parse(File.ReadAllText(Path.Combine(CorpusProject.Directory, e.Data + ".json")))!["rule"]!).Distinct().Count();

        Assert.True(rules >= 40, $"the corpus covers {rules} rules");
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void EachBrokenArtifact_IsRejectedWithExactlyItsRuleFileAndPointer(string entry)
    {
        var corpus = JsonNode.Parse(File.ReadAllText(Path.Combine(CorpusProject.Directory, entry + ".json")))!;
        var broken = JsonPatch.Apply(CorpusProject.Valid(), corpus["patch"]!.AsArray());

        var errors = ProjectGates.Check(CorpusProject.Read(broken)).Where(d => d.Severity == Severity.Error).ToList();

        var error = Assert.Single(errors);
        Assert.Equal((string)corpus["rule"]!, error.Rule);
        Assert.Equal((string)corpus["file"]!, error.File);
        Assert.Equal((string)corpus["pointer"]!, error.Pointer);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }
}
