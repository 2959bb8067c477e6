using Pact.Engine.Judge;
using Pact.Hashing;
using Pact.Judge;
using Pact.Projects;

namespace Pact.Engine.Tests.Judge;

public sealed class SuiteLockServiceTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private string Path(string relative) => System.IO.Path.Combine(_f.Project, relative);

    [Fact]
    public async Task Lock_StoresTheCanonicalMasterWithItsHash_AndWritesTheView()
    {
        await _f.InitAsync();
        await _f.CalcAsync();

        var master = File.ReadAllBytes(Path(".pact/judge/calc/visible.json"));
        var lockText = File.ReadAllText(Path(".pact/judge/calc/visible.lock.json"));
        Assert.Contains(ContentHash.OfBytes(master), lockText, StringComparison.Ordinal);
        Assert.Equal(JudgeFixture.CalcTests, File.ReadAllText(Path("tests/calc/contract_test.py")));
        Assert.True(File.Exists(Path("tests/calc/contract_test_suite.json")));
        Assert.DoesNotContain("\n", System.Text.Encoding.UTF8.GetString(master), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lock_RefusesACaseNamingAFunctionTheContractLacks_AndWritesNothing()
    {
        await _f.InitAsync();
        _f.Contract("calc", ["add"]);
        var before = TreeSnapshot.Of(_f.Project);

        var result = await _f.LockAsync("calc", _f.SuiteFile("calc", "def test_x(): pass\n", [("test_x", "multiply", "multiplies")]));

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("suite.unknown_function", problem.Rule);
        Assert.Equal("/test_cases/0/function", problem.Pointer);
        Assert.Equal(before, TreeSnapshot.Of(_f.Project));
    }

    [Fact]
    public async Task Lock_RefusesASuiteThatFailsTheSchema()
    {
        await _f.InitAsync();
        _f.Contract("calc", ["add"]);
        var file = _f.Dir.Write("bad.yaml", "component_id: calc\ncontract_version: 1\ntest_language: cobol\n");

        var result = await _f.LockAsync("calc", file);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Rule.StartsWith("schema.", StringComparison.Ordinal) && d.Line == 3);
    }

    [Fact]
    public async Task FrozenSuite_AcceptsAdditions_RefusesDropsAndEdits_UntilAnUnfreezeWithAReason()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        var frozen = await _f.Get<SuiteStateService>().FreezeAsync(_f.Project, ["calc"], TestContext.Current.CancellationToken);
        Assert.Equal(["calc"], frozen.Data!.Components);
        (string, string, string)[] cases = [("test_add_small", "add", "adds small numbers"), ("test_add_negative", "add", "adds negative numbers")];

        var added = await _f.LockAsync("calc", _f.SuiteFile("calc", JudgeFixture.CalcTests + "\ndef test_add_zero():\n    assert add(0, 0) == 0\n", [.. cases, ("test_add_zero", "add", "adds zero")], name: "added.json"));
        Assert.True(added.Ok, string.Join("\n", added.Diagnostics));
        Assert.Equal(1, added.Data!.Added);
        Assert.True(added.Data.Frozen);

        var dropped = await _f.LockAsync("calc", _f.SuiteFile("calc", JudgeFixture.CalcTests, cases[..1], name: "dropped.json"));
        Assert.Contains(dropped.Diagnostics, d => d.Rule == "suite.frozen.test_removed" && d.Message.Contains("test_add_negative", StringComparison.Ordinal));

        var edited = await _f.LockAsync("calc", _f.SuiteFile("calc", JudgeFixture.CalcTests.Replace("== 5", "== 6", StringComparison.Ordinal) + "\ndef test_add_zero():\n    assert add(0, 0) == 0\n", [.. cases, ("test_add_zero", "add", "adds zero")], name: "edited.json"));
        var refusal = Assert.Single(edited.Diagnostics);
        Assert.Equal("suite.frozen.code_edited", refusal.Rule);
        Assert.Contains("unfreeze", refusal.Fix, StringComparison.Ordinal);

        var noReason = await _f.Get<SuiteStateService>().UnfreezeAsync(_f.Project, "calc", " ", TestContext.Current.CancellationToken);
        Assert.Equal("unfreeze.reason_required", Assert.Single(noReason.Diagnostics).Rule);
        var unfrozen = await _f.Get<SuiteStateService>().UnfreezeAsync(_f.Project, "calc", "the spec changed: sums are now doubled", TestContext.Current.CancellationToken);
        Assert.True(unfrozen.Ok);
        Assert.True((await _f.LockAsync("calc", _f.SuiteFile("calc", JudgeFixture.CalcTests, cases[..1], name: "smaller.json"))).Ok);
        Assert.Contains("the spec changed: sums are now doubled", File.ReadAllText(Path(".pact/audit.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_RestoresDeletedAndEditedViews_FromTheirMasters()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        File.Delete(Path("tests/calc/contract_test_suite.json"));
        File.WriteAllText(Path("tests/calc/contract_test.py"), "def test_nothing():\n    pass\n");

        var sync = await _f.Get<SuiteStateService>().SyncAsync(_f.Project, TestContext.Current.CancellationToken);

        Assert.Equal(["calc"], sync.Data!.Components);
        Assert.Equal(JudgeFixture.CalcTests, File.ReadAllText(Path("tests/calc/contract_test.py")));
        Assert.True(File.Exists(Path("tests/calc/contract_test_suite.json")));
    }

    [Fact]
    public async Task HiddenSuite_NeedsAnAuditDirectory()
    {
        await _f.InitAsync();
        _f.Contract("calc", ["add"]);

        var result = await _f.LockAsync("calc", _f.SuiteFile("calc", "def test_x(): pass\n", [("test_x", "add", "adds")]), SuiteKind.Hidden);

        Assert.Equal("audit.not_initialized", Assert.Single(result.Diagnostics).Rule);
    }
}
