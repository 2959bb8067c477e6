using Pact.Engine.Gates;
using Pact.Engine.Handoff;
using Pact.Engine.Languages;
using Pact.Engine.Tests.Judge;
using Pact.Suites;

namespace Pact.Engine.Tests.Handoff;

/// <summary>
/// Accepting a contract writes its stub in the project's language; `pact stub` gives the same text; the stub parses
/// with that language's own parser; and the brief of a non-Python implementer shows that stub, not Python.
/// </summary>
public sealed class StubTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("python-ledger", "python", "py", "def to_cents(")]
    [InlineData("javascript-ledger", "javascript", "js", "export function to_cents(")]
    [InlineData("typescript-ledger", "typescript", "ts", "export function to_cents(")]
    [InlineData("csharp-ledger", "csharp", "cs", "public static long to_cents(string text")]
    public async Task AcceptingTheExamplesContract_WritesItsStub_InTheProjectsLanguage(string example, TestLanguage language, string extension, string signature)
    {
        await _f.InitAsync(language);
        var contracts = JudgeTools.RepositoryFile($"examples/{example}/contracts")!;
        foreach (var id in new[] { "money", "accounts", "report" })
        {
            Directory.CreateDirectory(Path.Combine(_f.Project, "contracts", id));
        }

        _f.Decompose();
        var accepted = await _f.Get<SubmitService>().ContractAsync(_f.Project, "money", Path.Combine(contracts, "money", "interface.json"), Ct);
        Assert.True(accepted.Ok, string.Join("\n", accepted.Diagnostics));

        var written = Path.Combine(_f.Project, "contracts", "money", $"interface.{extension}");
        Assert.Contains($"contracts/money/interface.{extension}", accepted.Data!.Written);
        var stub = await _f.Get<StubService>().StubAsync(_f.Project, "money", Ct);
        Assert.True(stub.Ok, string.Join("\n", stub.Diagnostics));
        Assert.Equal(File.ReadAllText(written), stub.Data!.Text);
        Assert.Equal($"contracts/money/interface.{extension}", stub.Data.File);
        Assert.StartsWith("src/money/", stub.Data.ImplementationFile, StringComparison.Ordinal);
        Assert.Contains(signature, stub.Data.Text, StringComparison.Ordinal);
        Assert.Contains("PACT:money:", stub.Data.Text, StringComparison.Ordinal);

        var parsed = await _f.Get<SyntaxCheckers>().CheckAsync(language, stub.Data.Text, null, Ct);
        Assert.True(parsed.Ok, $"{parsed.Error} (line {parsed.Line})\n{stub.Data.Text}");

        // A brief comes after the tests it is judged by.
        var suite = await _f.LockAsync("money", JudgeTools.RepositoryFile($"examples/{example}/suites/visible/money.json")!);
        Assert.True(suite.Ok, string.Join("\n", suite.Diagnostics));
        var brief = (await _f.Get<HandoffService>().BriefAsync(_f.Project, "money", validate: true, maxTokens: 0, Ct)).Data!;
        Assert.True(brief.Valid, string.Join("\n", brief.Issues.Select(i => i.Message)));
        Assert.Contains(signature, brief.Brief, StringComparison.Ordinal);
        Assert.Contains(stub.Data.ImplementationFile, brief.Brief, StringComparison.Ordinal);
        if (language != TestLanguage.Python)
        {
            Assert.Contains("```" + language.ToString().ToLowerInvariant(), brief.Brief, StringComparison.Ordinal);
            Assert.DoesNotContain("def to_cents(", brief.Brief, StringComparison.Ordinal);
        }
    }

    /// <summary>The examples `pact schema --example` prints are accepted by the real commands, gates and all.</summary>
    [Fact]
    public async Task TheSchemaExamples_AreAcceptedAsTheyAre()
    {
        await _f.InitAsync();
        string Example(Pact.Schemas.ArtifactKind kind) => _f.Dir.Write($"{kind}.yaml", Pact.Schemas.SchemaExamples.Text(kind)!);
        var submit = _f.Get<SubmitService>();

        foreach (var result in new[]
        {
            await submit.InterviewAsync(_f.Project, Example(Pact.Schemas.ArtifactKind.Interview), Ct),
            await submit.ShapeAsync(_f.Project, Example(Pact.Schemas.ArtifactKind.Pitch), Ct),
            await submit.DecomposeAsync(_f.Project, Example(Pact.Schemas.ArtifactKind.Decomposition), Ct),
            await submit.ContractAsync(_f.Project, "money", Example(Pact.Schemas.ArtifactKind.Contract), Ct),
        })
        {
            Assert.True(result.Ok, $"{result.Command}: {string.Join("\n", result.Diagnostics)}");
        }

        var locked = await _f.LockAsync("money", Example(Pact.Schemas.ArtifactKind.TestSuite));
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));
    }

    [Fact]
    public async Task NoContract_NoStub_AndABadIdIsRefused()
    {
        await _f.InitAsync();
        var missing = await _f.Get<StubService>().StubAsync(_f.Project, "money", Ct);
        Assert.Equal("stub.contract.missing", Assert.Single(missing.Diagnostics).Rule);
        var bad = await _f.Get<StubService>().StubAsync(_f.Project, "../money", Ct);
        Assert.Equal("input.component_id", Assert.Single(bad.Diagnostics).Rule);
    }
}
