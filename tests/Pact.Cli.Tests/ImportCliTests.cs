using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>
/// pact import of the three formats' fixture specs into a fresh project: the requirement ids reach task.md, the open
/// questions the interview, the plan's parts the draft tree, and what <c>pact validate</c> still asks for is the
/// contracts (the next stage). A refused import, and bad input of each kind, write nothing.
/// </summary>
public sealed class ImportCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", "import", .. parts]);

    private async Task<string> ProjectAsync(string name = "proj")
    {
        var project = _dir.Combine(name);
        Assert.Equal(0, (await Cli.InProcessAsync("init", project, "--language", "python")).ExitCode);
        return project;
    }

    public static TheoryData<string, string, string[], string[], string[]> Formats => new()
    {
        { "spec-kit", "spec-kit", ["FR-001", "FR-005", "User Story 1 - Add a book to the list"], ["FR-005: storage not chosen - a local file or a database?", "Should a finished book be able to go back to unread?"], ["cli", "models", "services"] },
        { "openspec", "openspec/tiny-links", ["**Shorten a URL**", "Invalid URL: WHEN a caller shortens", "### stats"], ["Do codes ever expire?"], ["links", "stats"] },
        { "kiro", "kiro", ["**Requirement 1**", "1.2 IF the amount is zero or negative THEN the system SHALL refuse the expense"], ["Which currencies must be supported?"], ["ledger", "monthly_report"] },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task AFormatsSpecs_BecomeTheTask_TheInterview_AndADraftTree(string format, string fixture, string[] inTask, string[] questions, string[] leaves)
    {
        var project = await ProjectAsync();
        var sopsBefore = File.ReadAllText(Path.Combine(project, "sops.md"));

        var run = await Cli.ProcessAsync("import", project, "--from", format, Fixture(fixture.Split('/')), "--json");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var data = json.RootElement.GetProperty("data");
        Assert.Equal(format, data.GetProperty("format").GetString());
        Assert.Equal(leaves, data.GetProperty("components").EnumerateArray().Select(c => c.GetString()!).Order(StringComparer.Ordinal));

        var task = File.ReadAllText(Path.Combine(project, "task.md"));
        Assert.All(inTask, t => Assert.Contains(t, task, StringComparison.Ordinal));
        using var interview = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "decomposition", "interview.json")));
        Assert.False(interview.RootElement.GetProperty("approved").GetBoolean());
        var asked = interview.RootElement.GetProperty("questions").EnumerateArray().Select(q => q.GetString()!).ToList();
        Assert.All(questions, q => Assert.Contains(q, asked));
        Assert.NotEmpty(interview.RootElement.GetProperty("acceptance_criteria").EnumerateArray());
        using var tree = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "decomposition", "tree.json")));
        Assert.Equal(leaves.Length + 1, tree.RootElement.GetProperty("nodes").EnumerateObject().Count());

        // sops.md keeps what init wrote for the language and gains the source's stack.
        var sops = File.ReadAllText(Path.Combine(project, "sops.md"));
        Assert.Contains(sopsBefore.Split('\n').First(l => l.StartsWith("- Python", StringComparison.Ordinal)), sops, StringComparison.Ordinal);
        Assert.Contains("Python 3.12", sops, StringComparison.Ordinal);
        Assert.Contains("\"action\":\"import\"", File.ReadAllText(Path.Combine(project, ".pact", "audit.jsonl")), StringComparison.Ordinal);

        // The planning stage passes: what validate still asks for is each leaf's contract, the next stage.
        var validate = await Cli.InProcessAsync("validate", project);
        Assert.All(validate.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": error [", StringComparison.Ordinal)),
            line => Assert.Contains("project.contract.missing", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADraftTheGatesRefuse_WritesNothing()
    {
        var project = await ProjectAsync();
        // A unary project takes one component; the plan has three.
        File.AppendAllText(Path.Combine(project, "pact.yaml"), "build_mode: unary\n");
        var before = TreeSnapshot.Of(project);

        var run = await Cli.ProcessAsync("import", project, "--from", "spec-kit", Fixture("spec-kit"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("decomposition.build_mode", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, project);
    }

    [Fact]
    public async Task ADryRun_WritesNothing_AndASecondImportIsRefused()
    {
        var project = await ProjectAsync();
        var before = TreeSnapshot.Of(project);

        var dry = await Cli.InProcessAsync("import", project, "--from", "kiro", Fixture("kiro"), "--dry-run");

        Assert.True(dry.ExitCode == 0, dry.Out + dry.Err);
        Assert.Contains("Would import Expense tracker", dry.Out, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, project);
        Assert.Equal(0, (await Cli.InProcessAsync("import", project, "--from", "kiro", Fixture("kiro"))).ExitCode);
        var again = await Cli.InProcessAsync("import", project, "--from", "kiro", Fixture("kiro"));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("import.not_empty", again.Err, StringComparison.Ordinal);
        Assert.Contains("decomposition/tree.json", again.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoFeatures_AreAmbiguous_AndTheDiagnosticListsThem()
    {
        var project = await ProjectAsync();
        var specs = Fixture("spec-kit", "specs", "001-reading-list");
        foreach (var feature in new[] { "001-reading-list", "002-loans" })
        {
            foreach (var file in Directory.GetFiles(specs))
            {
                _dir.Write($"repo/specs/{feature}/{Path.GetFileName(file)}", File.ReadAllText(file));
            }
        }
        var before = TreeSnapshot.Of(project);

        var run = await Cli.InProcessAsync("import", project, "--from", "spec-kit", _dir.Combine("repo"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("import.source.ambiguous", run.Err, StringComparison.Ordinal);
        Assert.Contains("specs/001-reading-list, specs/002-loans", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, project);
        Assert.Equal(0, (await Cli.InProcessAsync("import", project, "--from", "spec-kit", _dir.Combine("repo", "specs", "002-loans"))).ExitCode);
    }

    [Theory]
    [InlineData("kiro", "nowhere", 3, "import.source.missing")]
    [InlineData("kiro", "src", 1, "import.source.empty")]
    [InlineData("openspec", "src", 1, "import.source.empty")]
    [InlineData("markdown", "src", 1, "import.format")]
    public async Task BadInput_IsRefusedWithItsRule_AndWritesNothing(string format, string path, int exit, string rule)
    {
        var project = await ProjectAsync();
        var before = TreeSnapshot.Of(project);

        var run = await Cli.InProcessAsync("import", project, "--from", format, path);

        Assert.Equal(exit, run.ExitCode);
        Assert.Contains(rule, run.Err, StringComparison.Ordinal);
        if (rule == "import.format")
        {
            Assert.Contains("spec-kit, openspec, kiro", run.Err, StringComparison.Ordinal);
        }
        TreeSnapshot.AssertUnchanged(before, project);
    }
}
