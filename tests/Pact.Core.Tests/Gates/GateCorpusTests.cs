using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pact.Diagnostics;
using Pact.Documents;
using Pact.Gates.Decomposition;
using Pact.Gates.Interview;
using Pact.Gates.Project;
using Pact.Gates.Reviews;
using Pact.Gates.Shaping;
using Pact.Schemas;
using Pact.Serialization;

namespace Pact.Core.Tests.Gates;

/// <summary>
/// The broken-artifact corpus (Gates/Corpus/&lt;rule&gt;.json), one entry per gate rule: each patches the valid project
/// (or, for the interview and the pitch, which the project gates do not read, gives the whole artifact) so that
/// exactly one gate fails, and names the rule, file and pointer it must be rejected with. A warning entry
/// (severity warning) must leave the project valid and raise its rule there.
/// </summary>
public sealed partial class GateCorpusTests
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

    [Fact]
    public void EveryGateRule_HasACorpusEntry()
    {
        var rules = typeof(ProjectGates).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Pact.Gates", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(value => RuleId().IsMatch(value)).ToHashSet(StringComparer.Ordinal);
        var entries = Entries().Select(e => (string)JsonNode.Parse(File.ReadAllText(Path.Combine(CorpusProject.Directory, e.Data + ".json")))!["rule"]!).ToHashSet(StringComparer.Ordinal);

        Assert.True(rules.Count >= 70, $"only {rules.Count} rule ids found: did the gates move?");
        Assert.Empty(rules.Except(entries).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void EachBrokenArtifact_IsRejectedWithExactlyItsRuleFileAndPointer(string entry)
    {
        var corpus = JsonNode.Parse(File.ReadAllText(Path.Combine(CorpusProject.Directory, entry + ".json")))!;
        var found = Check(corpus);

        if ((string?)corpus["severity"] == "warning")
        {
            Assert.DoesNotContain(found, d => d.Severity == Severity.Error);
            var warning = Assert.Single(found, d => d.Rule == (string)corpus["rule"]! && d.File == (string)corpus["file"]! && d.Pointer == (string)corpus["pointer"]!);
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.False(string.IsNullOrWhiteSpace(warning.Fix));
            return;
        }

        var error = Assert.Single(found, d => d.Severity == Severity.Error);
        Assert.Equal((string)corpus["rule"]!, error.Rule);
        Assert.Equal((string)corpus["file"]!, error.File);
        Assert.Equal((string)corpus["pointer"]!, error.Pointer);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    /// <summary>What the gates find in the entry's broken artifact: the interview's or the pitch's own gates, else the project's.</summary>
    private static IReadOnlyList<Diagnostic> Check(JsonNode corpus) => (string?)corpus["artifact"] switch
    {
        "interview" => InterviewGates.Check(Read(ArtifactKind.Interview, corpus, PactJson.Context.InterviewResult)),
        "pitch" => PitchGates.Check(Read(ArtifactKind.Pitch, corpus, PactJson.Context.ShapingPitch)),
        "review" => ReviewGates.Check(Read(ArtifactKind.Review, corpus, PactJson.Context.Review), ReviewScope(corpus), (string)corpus["file"]!),
        "config" => PlanSettings(corpus),
        _ => ProjectGates.Check(CorpusProject.Read(JsonPatch.Apply(CorpusProject.Valid(), corpus["patch"]!.AsArray()))),
    };

    /// <summary>The valid project's decomposition, submitted under the entry's pact.yaml settings.</summary>
    private static IReadOnlyList<Diagnostic> PlanSettings(JsonNode corpus)
    {
        var config = Read(ArtifactKind.Config, corpus, PactJson.Context.PactConfig, "config");
        var tree = CorpusProject.Read(CorpusProject.Valid()).Tree!;
        var file = (string)corpus["file"]!;
        return [.. PitchFirstRule.Check(config.Shaping, (bool)corpus["pitch_stored"]!, "/p", file), .. BuildModeRule.Check(tree, config.BuildMode, file)];
    }

    /// <summary>A review is checked against the valid project and the entry's files (path: line count).</summary>
    private static ReviewScope ReviewScope(JsonNode corpus)
    {
        var project = CorpusProject.Read(CorpusProject.Valid());
        var files = corpus["files"]!.AsObject().ToDictionary(p => p.Key, p => (int)p.Value!, StringComparer.Ordinal);
        return new ReviewScope
        {
            Components = project.Tree!.Nodes.Keys.ToHashSet(StringComparer.Ordinal),
            Contracts = project.Contracts,
            LineCount = path => files.TryGetValue(path, out var lines) ? lines : null,
        };
    }

    private static T Read<T>(ArtifactKind kind, JsonNode corpus, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string member = "document")
        where T : class
    {
        var read = ArtifactReader.Read(kind, corpus[member]!.ToJsonString(), (string)corpus["file"]!, type);
        Assert.True(read.Ok, string.Join("\n", read.Diagnostics));
        return read.Value!;
    }

    [GeneratedRegex(@"^[a-z_]+(\.[a-z_]+)+$")]
    private static partial Regex RuleId();
}
