using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>pact assess as a user types it: no project, Markdown by default, --json, --sarif, refusals with exit codes.</summary>
public sealed class AssessCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Tree()
    {
        _dir.Write("code/pkg/x.py", "import y\n\ndef one(): pass\ndef two(): pass\ndef three(): pass\n");
        _dir.Write("code/pkg/y.py", "import x\n");
        return _dir.Combine("code", "pkg");
    }

    [Fact]
    public async Task Markdown_IsTheDefault_AsARealProcess()
    {
        var run = await Cli.ProcessAsync("assess", Tree());

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"# Architectural Assessment: {_dir.Combine("code", "pkg")}\n\n**2 modules analyzed. 0 error(s), 2 warning(s), 2 info(s).**\n\n## Warnings (2)\n\n- **[A001]** (shallow_module) x.py:", run.Out, StringComparison.Ordinal);
        Assert.Contains("- **[A002]** (tight_coupling) Mutual import: x.py <-> y.py", run.Out, StringComparison.Ordinal);
        Assert.Contains("| x.py | 4 | 3 | 1.3 | 1 | 1 |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_AndSarif_TogetherWriteTheLogAndPrintTheRecord()
    {
        var sarif = _dir.Combine("assess.sarif");

        var run = await Cli.InProcessAsync("assess", Tree(), "--json", "--sarif", sarif, "--threshold", "shallow_min_interface=4");

        Assert.Equal(0, run.ExitCode);
        using var record = JsonDocument.Parse(run.Out);
        var finding = record.RootElement.GetProperty("data").GetProperty("findings")[0];
        Assert.Equal(["id", "severity", "category", "module_path", "description", "suggestion", "metric_value", "related_modules"], finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("tight_coupling", finding.GetProperty("category").GetString());
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("--threshold", "depth=3", 1, "assess.threshold")]
    [InlineData("--language", "cobol", 1, "assess.language")]
    public async Task BadOptions_AreRefusedWithTheirRule(string option, string value, int exit, string rule)
    {
        var run = await Cli.InProcessAsync("assess", Tree(), option, value);

        Assert.Equal(exit, run.ExitCode);
        Assert.Contains(rule, run.Out + run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingDirectory_IsNotFound()
    {
        var run = await Cli.InProcessAsync("assess", _dir.Combine("nowhere"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("assess.directory", run.Out + run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("typescript", "web/src/a.ts", "web/src/b.ts", "import { b } from './b';\nexport const a = b;\n", "import { a } from './a';\nexport const b = 1;\n", "a.ts", "b.ts")]
    [InlineData("javascript", "web/src/a.mjs", "web/src/b.mjs", "import { b } from './b.mjs';\nexport const a = b;\n", "import { a } from './a.mjs';\nexport const b = 1;\n", "a.mjs", "b.mjs")]
    [InlineData("csharp", "cs/src/A.cs", "cs/src/B.cs", "using N.B;\nnamespace N.A;\npublic sealed class A;\n", "using N.A;\nnamespace N.B;\npublic sealed class B;\n", "N.A", "N.B")]
    public async Task EachLanguage_FindsAMutualImport_AsARealProcess_WithAndWithoutLanguage(string language, string first, string second, string firstText, string secondText, string a, string b)
    {
        _dir.Write(first, firstText);
        _dir.Write(second, secondText);
        var root = Path.GetDirectoryName(_dir.Combine(first))!;

        foreach (var args in new[] { new[] { "assess", root, "--language", language, "--json" }, ["assess", root, "--json"] })
        {
            var run = await Cli.ProcessAsync(args);

            Assert.Equal(0, run.ExitCode);
            using var record = JsonDocument.Parse(run.Out);
            var data = record.RootElement.GetProperty("data");
            Assert.Equal(language, data.GetProperty("language").GetString());
            var coupling = data.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("category").GetString() == "tight_coupling");
            Assert.Equal(a, coupling.GetProperty("module_path").GetString());
            Assert.Equal(b, coupling.GetProperty("related_modules")[0].GetString());
        }
    }
}
