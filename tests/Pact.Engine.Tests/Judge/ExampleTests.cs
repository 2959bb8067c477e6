using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Judge;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

/// <summary>Every example under examples/*-ledger goes the whole way: lock, hide, test, polish, certify, verify.</summary>
public sealed class ExampleTests : IDisposable
{
    // The examples' C# implementations declare the stub's namespaces of a project named ledger-app (LedgerApp.Money, …).
    private readonly JudgeFixture _f = new(projectName: "ledger-app");

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("python-ledger", "python")]
    [InlineData("javascript-ledger", "javascript")]
    [InlineData("typescript-ledger", "typescript")]
    [InlineData("csharp-ledger", "csharp")]
    public async Task Example_Certifies_AndVerifies(string name, TestLanguage language)
    {
        var example = JudgeTools.RepositoryFile($"examples/{name}")!;
        await _f.InitAsync(language, hiddenRequired: true);
        Copy(Path.Combine(example, "contracts"), Path.Combine(_f.Project, "contracts"));
        _f.Decompose();
        Copy(Path.Combine(example, "src"), Path.Combine(_f.Project, "src"));
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, _f.Dir.Combine("audit"), Ct)).Ok);
        var components = Directory.EnumerateFiles(Path.Combine(example, "suites", "visible")).Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();
        Assert.True(components.Count >= 3);
        foreach (var id in components)
        {
            var visible = await _f.LockAsync(id, Path.Combine(example, "suites", "visible", id + ".json"));
            Assert.True(visible.Ok, string.Join("\n", visible.Diagnostics));
            var hidden = await _f.LockAsync(id, Path.Combine(example, "suites", "hidden", id + ".json"), SuiteKind.Hidden);
            Assert.True(hidden.Ok, string.Join("\n", hidden.Diagnostics));
        }

        var certified = await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics.Select(d => d.ToString()).Concat(certified.Data?.Runs.Select(r => $"{r.ComponentId} {r.Kind} {r.Status} {r.Message}") ?? [])));
        Assert.Equal(components.Count * 2, certified.Data!.Runs.Count);
        Assert.All(certified.Data.Runs, r => Assert.Equal(IsolationLevel.Bwrap, r.Isolation));

        var verified = await _f.VerifyAsync();
        Assert.True(verified.Ok, string.Join("\n", verified.Diagnostics));
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
