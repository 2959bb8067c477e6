using Pact.Engine.Languages.Python;
using Pact.Engine.Sentinel;
using Pact.Engine.Tests.Gates;

namespace Pact.Engine.Tests.Sentinel;

public sealed class SentinelServiceTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListKeys_FindsTheStubsKeys_AndNamesTheFunctionsWithout()
    {
        await ValidProject.CreateAsync(_f, withSuites: false, Ct);
        var pricing = (await _f.Get<Pact.Engine.Projects.ProjectStore>().ReadAsync(new Pact.Engine.Projects.ProjectLayout(_f.Project), Path.Combine(_f.Project, "contracts", "pricing", "interface.json"),
            Pact.Schemas.ArtifactKind.Contract, Pact.Serialization.PactJson.Context.ComponentContract, Ct))!.Value!;
        Directory.CreateDirectory(Path.Combine(_f.Project, "src", "pricing"));
        File.WriteAllText(Path.Combine(_f.Project, "src", "pricing", "pricing.py"), PythonStubGenerator.Generate(pricing));
        Directory.CreateDirectory(Path.Combine(_f.Project, "src", "availability", "node_modules"));
        File.WriteAllText(Path.Combine(_f.Project, "src", "availability", "node_modules", "x.js"), "// PACT:availability:offer\n");
        File.WriteAllText(Path.Combine(_f.Project, "src", "availability", "index.js"), "const a = 1;\nemit('PACT:availability:check_availability');\nemit('PACT:availability:typo');\n");

        var result = await _f.Get<SentinelService>().ListKeysAsync(_f.Project, Ct);

        Assert.True(result.Ok);
        var report = result.Data!;
        Assert.Equal(["PACT:availability:check_availability", "PACT:availability:offer", "PACT:pricing:quote"], report.Expected);
        Assert.Equal(["PACT:availability:offer"], report.Missing);
        Assert.Equal(["PACT:availability:typo"], report.Unknown);
        var check = Assert.Single(report.Found, k => k.Function == "check_availability");
        Assert.Equal(("src/availability/index.js", 2), (check.File, check.Line));
        Assert.Contains(report.Found, k => k.Key == "PACT:pricing:quote" && k.File == "src/pricing/pricing.py");
    }
}
