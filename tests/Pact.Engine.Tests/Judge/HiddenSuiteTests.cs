using System.Text.Json;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Runs;
using Pact.Judge;
using Pact.Projects;
using Pact.Serialization;

namespace Pact.Engine.Tests.Judge;

/// <summary>audit-init, goodhart and polish: hidden suites stay hidden, hints rise with the attempt.</summary>
public sealed class HiddenSuiteTests : IDisposable
{
    public const string Canary = "CANARY_7f3a9c";

    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Audit => _f.Dir.Combine("audit");

    public static string HiddenCode => $$"""
        from calc import add

        def test_goodhart_large():
            # {{Canary}} in the code
            assert add(1000, 2345) == 3345, "{{Canary}} expected"

        """;

    public static Pact.Suites.ContractTestSuite HiddenSuite() => new()
    {
        ComponentId = "calc",
        ContractVersion = 1,
        GeneratedCode = HiddenCode,
        TestCases =
        [
            new Pact.Suites.TestCase
            {
                Id = "test_goodhart_large",
                Function = "add",
                Description = "adding works for numbers far from the visible examples",
                Category = Pact.Suites.TestCategory.Invariant,
                InputValues = new Dictionary<string, string> { ["a"] = $"1000 {Canary}" },
                ExpectedOutputDescription = $"3345 {Canary}",
                Assertions = [$"result == 3345 {Canary}"],
            },
        ],
    };

    private async Task<string> SetUpAsync(string implementation)
    {
        await _f.InitAsync();
        await _f.CalcAsync(implementation);
        var init = await _f.Get<AuditInitService>().InitAsync(_f.Project, Audit, Ct);
        Assert.True(init.Ok, string.Join("\n", init.Diagnostics));
        var file = _f.Dir.Write("inputs/hidden.json", JsonSerializer.Serialize(HiddenSuite(), PactJson.Context.ContractTestSuite));
        var locked = await _f.LockAsync("calc", file, SuiteKind.Hidden);
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));
        return JsonSerializer.Serialize(locked, PactJson.Context.CommandResultSuiteLockReport);
    }

    [Fact]
    public async Task AuditInit_RefusesADirectoryInsideTheProject()
    {
        await _f.InitAsync();

        var result = await _f.Get<AuditInitService>().InitAsync(_f.Project, Path.Combine(_f.Project, "audit"), Ct);

        Assert.Equal("audit.inside_project", Assert.Single(result.Diagnostics).Rule);
    }

    [Fact]
    public async Task AuditInit_MovesMastersOutOfTheProject_AndRunsStillUseThem()
    {
        await _f.InitAsync();
        await _f.CalcAsync();

        var init = await _f.Get<AuditInitService>().InitAsync(_f.Project, Audit, Ct);

        Assert.Equal(["calc/visible.json", "calc/visible.lock.json"], init.Data!.MovedMasters.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_f.Project, ".pact/judge")));
        Assert.True(File.Exists(Path.Combine(Audit, "keys", SigningKeys.PrivateKeyFile)));
        Assert.True((await _f.TestAsync()).Ok);
    }

    [Fact]
    public async Task HardCodedVisibleAnswers_PassTheVisibleSuite_FailTheHiddenOne_WithGraduatedHintsAndNoHiddenContent()
    {
        var lockOutput = await SetUpAsync("def add(a, b):\n    return {(2, 3): 5, (-2, -3): -5}[(a, b)]\n");
        var tree = string.Concat(Directory.EnumerateFiles(_f.Project, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain(Canary, tree, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, lockOutput, StringComparison.Ordinal);

        var first = await _f.Get<JudgeService>().PolishAsync(_f.Project, Ct);
        var second = await _f.Get<JudgeService>().PolishAsync(_f.Project, Ct);

        Assert.Equal(Outcome.Invalid, first.Outcome);
        var visible = first.Data!.Runs.Single(r => r.Kind == SuiteKind.Visible);
        var hidden = first.Data.Runs.Single(r => r.Kind == SuiteKind.Hidden);
        Assert.Equal(SuiteStatus.Passed, visible.Status);
        Assert.Equal((SuiteStatus.Failed, 1, 1), (hidden.Status, hidden.Total, hidden.Failed));
        Assert.Empty(hidden.Failures);
        Assert.Equal(1, hidden.HintLevel);
        Assert.Contains("far from the visible examples", hidden.Hint, StringComparison.Ordinal);
        var again = second.Data!.Runs.Single(r => r.Kind == SuiteKind.Hidden);
        Assert.Equal(2, again.HintLevel);
        Assert.Contains("add returns the documented value", again.Hint, StringComparison.Ordinal);
        foreach (var result in new[] { first, second })
        {
            var json = JsonSerializer.Serialize(result, PactJson.Context.CommandResultJudgeReport);
            Assert.DoesNotContain(Canary, json, StringComparison.Ordinal);
            Assert.DoesNotContain("test_goodhart_large", json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Canary, File.ReadAllText(Path.Combine(_f.Project, ".pact/audit.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectImplementation_PassesPolish()
    {
        await SetUpAsync("def add(a, b):\n    return a + b\n");

        var polish = await _f.Get<JudgeService>().PolishAsync(_f.Project, Ct);

        Assert.True(polish.Ok, string.Join("\n", polish.Diagnostics));
        Assert.Equal(2, polish.Data!.Runs.Count);
    }

    [Fact]
    public async Task SymlinkToTheAuditDirectory_IsRefused()
    {
        await SetUpAsync("def add(a, b):\n    return a + b\n");
        Directory.CreateSymbolicLink(Path.Combine(_f.Project, "src/calc/leak"), Audit);

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.Equal(SuiteStatus.Refused, run.Status);
        Assert.Contains("src/calc/leak is a symbolic link", run.Message, StringComparison.Ordinal);
    }
}
