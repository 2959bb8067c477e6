using Pact.Engine.Judge;
using Pact.Engine.Projects;
using Pact.Judge;
using Pact.Projects;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

/// <summary>A real project for the judge: contracts, implementations and suites written as files, real services and runners.</summary>
public sealed class JudgeFixture : IDisposable
{
    private readonly EngineFixture _f;

    public JudgeFixture(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        JudgeTools.Configure();
        _f = new EngineFixture(configure);
    }

    public string Project => _f.Project;

    public TempDirectory Dir => _f.Dir;

    public T Get<T>()
        where T : notnull => _f.Get<T>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task InitAsync(TestLanguage language = TestLanguage.Python, string extraConfig = "")
    {
        var init = await _f.Get<InitService>().InitAsync(Project, null, language, Ct);
        Assert.True(init.Ok, string.Join("\n", init.Diagnostics));
        if (extraConfig.Length > 0)
        {
            File.AppendAllText(Path.Combine(Project, "pact.yaml"), extraConfig.TrimEnd('\n') + "\n");
        }
    }

    /// <summary>A contract with the named functions (each taking no declared inputs) and dependencies.</summary>
    public void Contract(string id, string[] functions, string[]? dependencies = null) => Write($"contracts/{id}/interface.json", $$"""
        { "component_id": "{{id}}", "name": "{{id}}", "description": "component {{id}}",
          "dependencies": [{{string.Join(", ", (dependencies ?? []).Select(d => $"\"{d}\""))}}],
          "invariants": ["results are deterministic"],
          "functions": [{{string.Join(", ", functions.Select(f => $$"""{ "name": "{{f}}", "description": "{{f}} does its job", "inputs": [], "output_type": "int", "postconditions": ["{{f}} returns the documented value"] }"""))}}] }
        """);

    public void Write(string relative, string content) => _f.Dir.Write(Path.Combine("project", relative), content);

    /// <summary>A suite file outside the project; <paramref name="cases"/> are (id, function, description).</summary>
    public string SuiteFile(string id, string code, (string Id, string Function, string Description)[] cases, TestLanguage language = TestLanguage.Python, string name = "suite.json")
    {
        var suite = new ContractTestSuite
        {
            ComponentId = id,
            ContractVersion = 1,
            TestLanguage = language,
            GeneratedCode = code,
            TestCases = [.. cases.Select(c => new TestCase { Id = c.Id, Function = c.Function, Description = c.Description, Category = TestCategory.HappyPath })],
        };
        return _f.Dir.Write(Path.Combine("inputs", id, name), System.Text.Json.JsonSerializer.Serialize(suite, Pact.Serialization.PactJson.Context.ContractTestSuite));
    }

    public Task<CommandResult<SuiteLockReport>> LockAsync(string id, string file, SuiteKind kind = SuiteKind.Visible) =>
        _f.Get<SuiteLockService>().LockAsync(Project, id, file, kind, Ct);

    public Task<CommandResult<JudgeReport>> TestAsync(params string[] ids) => _f.Get<JudgeService>().TestAsync(Project, ids, Ct);

    /// <summary>A locked python component "calc" with add(a, b), its visible suite and a correct implementation.</summary>
    public async Task CalcAsync(string implementation = "def add(a, b):\n    return a + b\n")
    {
        Contract("calc", ["add"]);
        Write("src/calc/calc.py", implementation);
        var locked = await LockAsync("calc", SuiteFile("calc", CalcTests, [("test_add_small", "add", "adds small numbers"), ("test_add_negative", "add", "adds negative numbers")]));
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));
    }

    public const string CalcTests = """
        from calc import add


        def test_add_small():
            assert add(2, 3) == 5


        def test_add_negative():
            assert add(-2, -3) == -5

        """;

    /// <summary>
    /// Verify as CI does (<c>CI=true</c>, a home of its own so the user's trust store is not read), pinned to
    /// <paramref name="keyFile"/>, by default the signing store's public key the project's certificate was made with.
    /// </summary>
    public async Task<CommandResult<CertifyReport>> VerifyAsync(string? keyFile = null, IReadOnlyDictionary<string, string?>? environment = null, string? keyId = null, bool allowUnpinned = false)
    {
        if (keyFile is null && keyId is null && environment is null)
        {
            var (project, _, _) = await _f.Get<ProjectStore>().OpenAsync(Project, Ct);
            keyFile = Path.Combine(SigningKeys.Directory(new JudgeLayout(project!.Layout, project.Config)), SigningKeys.PublicKeyFile);
        }

        return await _f.Get<CertificationService>().VerifyAsync(Project, new VerifyOptions { KeyFile = keyFile, KeyId = keyId, AllowUnpinned = allowUnpinned, Environment = environment ?? Ci() }, Ct);
    }

    /// <summary>The environment of a CI run: CI=true and a home with no trust store, plus <paramref name="extra"/>.</summary>
    public Dictionary<string, string?> Ci(params (string Name, string? Value)[] extra)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["CI"] = "true", ["HOME"] = Dir.Combine("ci-home") };
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        return environment;
    }

    public void Dispose() => _f.Dispose();
}
