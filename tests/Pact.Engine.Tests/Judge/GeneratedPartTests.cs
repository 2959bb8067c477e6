using System.Text.Json;
using Pact.Engine.Judge;
using Pact.Judge;
using Pact.Serialization;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// Locking a bundled example's visible suite adds the contract's generated tests to the locked master; the real
/// runner runs them with the suite, green against the example's implementation and red against one that skips an
/// emission.
/// </summary>
public sealed class GeneratedPartTests : IDisposable
{
    // The examples' C# implementations declare the stub's namespaces of a project named ledger-app (LedgerApp.Money, …).
    private readonly JudgeFixture _f = new(projectName: "ledger-app");

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("python-ledger", "python", "money/money.py", "_emit(on_event, \"started\", key)", "pass", "test_pact_gen_emits_to_cents")]
    [InlineData("javascript-ledger", "javascript", "money/index.js", "emit(\"started\");", ";", "pact_gen_emits_to_cents")]
    [InlineData("typescript-ledger", "typescript", "money/index.ts", "emit(\"started\");", ";", "pact_gen_emits_to_cents")]
    [InlineData("csharp-ledger", "csharp", "money/MoneyComponent.cs", "Emit(\"started\");", ";", "pact_gen_emits_to_cents")]
    public async Task ExampleSuite_IsLockedWithItsGeneratedPart_GreenAgainstTheExample_RedWithoutAnEmission(string name, TestLanguage language, string file, string started, string dropped, string emissionCase)
    {
        var example = JudgeTools.RepositoryFile($"examples/{name}")!;
        await _f.InitAsync(language);
        Copy(Path.Combine(example, "contracts"), Path.Combine(_f.Project, "contracts"));
        _f.Decompose();
        Copy(Path.Combine(example, "src"), Path.Combine(_f.Project, "src"));

        var locked = await _f.LockAsync("money", Path.Combine(example, "suites", "visible", "money.json"));
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));
        var judge = new JudgeLayout(new Pact.Engine.Projects.ProjectLayout(_f.Project), (string?)null);
        var master = JsonSerializer.Deserialize(File.ReadAllBytes(judge.MasterJson("money", SuiteKind.Visible)), PactJson.Context.ContractTestSuite)!;
        var generated = Assert.IsType<GeneratedSuitePart>(master.PactGenerated);
        Assert.Contains(emissionCase, generated.TestCases.Select(c => c.Id));
        Assert.All(generated.TestCases, c => Assert.Contains(GeneratedSuitePart.Prefix, c.Id, StringComparison.Ordinal));
        // The view shows it beside the suite file, read-only.
        var view = Path.Combine(_f.Project, "tests", "money", generated.FileName);
        Assert.Equal(generated.Code, File.ReadAllText(view));
        Assert.Contains(locked.Data!.Views, v => v.EndsWith(generated.FileName, StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(view));
        }

        var green = (await _f.TestAsync("money")).Data!.Runs.Single();
        Assert.True(green.Status == SuiteStatus.Passed, green.Message);
        Assert.Equal(master.TestCases.Count + generated.TestCases.Count, green.Passed);

        var implementation = Path.Combine(_f.Project, "src", file);
        var code = File.ReadAllText(implementation);
        Assert.Contains(started, code, StringComparison.Ordinal);
        File.WriteAllText(implementation, code.Replace(started, dropped, StringComparison.Ordinal));
        var red = (await _f.TestAsync("money")).Data!.Runs.Single();
        Assert.Equal(SuiteStatus.Failed, red.Status);
        Assert.Equal(master.TestCases.Count, red.Passed);
        Assert.Equal(generated.TestCases.Count, red.Failed);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
