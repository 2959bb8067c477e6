using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>
/// pact adopt on a small package nobody wrote for Pact: a re-exporting <c>__init__</c>, absolute, relative and
/// dotted imports between its modules, a dataclass and an enum. The adopted copy runs its smoke suites in the
/// judge's real sandbox, the drafts pass the gates, and <c>pact validate</c> accepts the project.
/// </summary>
public sealed class AdoptCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public AdoptCliTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private async Task<string> ProjectAsync()
    {
        var project = _dir.Combine("proj");
        Assert.Equal(0, (await Cli.InProcessAsync("init", project, "--language", "python")).ExitCode);
        _dir.Write("proj/textkit/__init__.py", "\"\"\"Small text utilities.\"\"\"\nfrom .tokens import words\nfrom .stats import word_count\n");
        _dir.Write("proj/textkit/tokens.py", "\"\"\"Splits text into words.\"\"\"\nimport re\n\nWORD = re.compile(r\"[A-Za-z']+\")\n\n\ndef words(text: str) -> list[str]:\n    \"\"\"Lower-cased words of the text, in order.\"\"\"\n    return [w.lower() for w in WORD.findall(text)]\n");
        _dir.Write("proj/textkit/stats.py", """
            from dataclasses import dataclass
            from typing import Optional

            from textkit.tokens import words
            import textkit.tokens
            from .modes import Mode


            @dataclass
            class Summary:
                words: int
                longest: Optional[str] = None


            def word_count(text: str, mode: Mode = Mode.ALL) -> int:
                found = words(text)
                return len(set(found)) if mode is Mode.DISTINCT else len(found)


            def summarize(text, *, limit: int = 10) -> Summary:
                found = textkit.tokens.words(text)[:limit]
                return Summary(words=len(found), longest=max(found, key=len) if found else None)
            """.Replace("            ", ""));
        _dir.Write("proj/textkit/modes.py", "from enum import Enum\n\n\nclass Mode(Enum):\n    ALL = \"all\"\n    DISTINCT = \"distinct\"\n");
        _dir.Write("proj/textkit/report.py", "from . import stats\n\n\ndef render(text: str) -> str:\n    s = stats.summarize(text)\n    return f\"{s.words} words\"\n");
        return project;
    }

    [Fact]
    public async Task APackage_IsAdopted_ItsSmokeSuitesPass_AndTheProjectValidates()
    {
        var project = await ProjectAsync();

        var run = await Cli.ProcessAsync("adopt", project, "--json");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var data = json.RootElement.GetProperty("data");
        Assert.True(data.GetProperty("done").GetBoolean());
        // The assessment of the source runs first and comes back with the plan.
        Assert.StartsWith("5 modules analyzed.", data.GetProperty("assessment").GetString(), StringComparison.Ordinal);
        var components = data.GetProperty("components").EnumerateArray().ToDictionary(c => c.GetProperty("component_id").GetString()!);
        Assert.Equal(["report", "stats", "tokens"], components.Keys.Order(StringComparer.Ordinal));
        Assert.All(components.Values, c => Assert.Equal("passed", c.GetProperty("smoke").GetString()));
        Assert.Equal(["stats"], components["report"].GetProperty("dependencies").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(7, components["stats"].GetProperty("smoke_total").GetInt32());

        // The copy imports by flat names; the original is untouched.
        var stats = File.ReadAllText(_dir.Combine("proj", "src", "stats", "stats.py"));
        Assert.Contains("from tokens import words\nimport tokens\n", stats, StringComparison.Ordinal);
        Assert.Contains("found = tokens.words(text)[:limit]", stats, StringComparison.Ordinal);
        Assert.Contains("from textkit.tokens import words", File.ReadAllText(_dir.Combine("proj", "textkit", "stats.py")), StringComparison.Ordinal);

        // A module of types only (modes.py) is part of the component that uses it: a contract needs a function.
        Assert.Equal(["stats.py", "__init__.py", "modes.py"], components["stats"].GetProperty("modules").EnumerateArray().Select(m => m.GetString()));
        using var contract = JsonDocument.Parse(File.ReadAllText(_dir.Combine("proj", "contracts", "stats", "interface.json")));
        var types = contract.RootElement.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(["ALL", "DISTINCT"], types["Mode"].GetProperty("variants").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Optional[str]", types["Summary"].GetProperty("fields")[1].GetProperty("type_ref").GetString());
        var summarize = contract.RootElement.GetProperty("functions").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "summarize");
        Assert.Equal("Any", summarize.GetProperty("inputs")[0].GetProperty("type_ref").GetString());
        Assert.Equal("Summary", summarize.GetProperty("output_type").GetString());

        var validate = await Cli.InProcessAsync("validate", project);
        Assert.True(validate.ExitCode == 0, validate.Out + validate.Err);
        // What is left is the next step (the visible suites), nothing about the drafts or the tree.
        Assert.All(validate.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains("project.suite.missing", line, StringComparison.Ordinal));
        Assert.StartsWith("# Task\n\nThe existing Python package textkit", File.ReadAllText(_dir.Combine("proj", "task.md")), StringComparison.Ordinal);
        Assert.Contains("adopt", File.ReadAllText(_dir.Combine("proj", ".pact", "audit.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModuleThatDoesNotParse_WritesNothing()
    {
        var project = await ProjectAsync();
        _dir.Write("proj/textkit/broken.py", "def oops(:\n");

        var run = await Cli.InProcessAsync("adopt", project);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("adopt.parse", run.Err, StringComparison.Ordinal);
        Assert.Contains("broken.py does not parse (line 1", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.Combine("proj", "decomposition", "tree.json")));
        Assert.False(Directory.Exists(_dir.Combine("proj", "src")) && Directory.EnumerateFileSystemEntries(_dir.Combine("proj", "src")).Any());
    }

    [Fact]
    public async Task ADryRun_ProposesAndWritesNothing_AndASecondAdoptionIsRefused()
    {
        var project = await ProjectAsync();

        var dry = await Cli.InProcessAsync("adopt", project, "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Out + dry.Err);
        Assert.Contains("Would adopt", dry.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.Combine("proj", "decomposition", "tree.json")));

        Assert.Equal(0, (await Cli.InProcessAsync("adopt", project, "--source", "textkit")).ExitCode);
        var again = await Cli.InProcessAsync("adopt", project);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("adopt.not_empty", again.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nowhere", 3, "adopt.source.missing")]
    [InlineData("src", 1, "adopt.source.pact_folder")]
    public async Task ABadSource_IsRefusedWithItsRule(string source, int exit, string rule)
    {
        var project = await ProjectAsync();
        _dir.Write("proj/src/.gitkeep", "");

        var run = await Cli.InProcessAsync("adopt", project, "--source", source);

        Assert.Equal(exit, run.ExitCode);
        Assert.Contains(rule, run.Err, StringComparison.Ordinal);
    }
}
