using Microsoft.Extensions.DependencyInjection;
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

    public JudgeFixture(Action<IServiceCollection>? configure = null)
    {
        JudgeTools.Configure();
        _f = new EngineFixture(configure);
    }

    /// <summary>
    /// A fixture whose runs are not confined: no bubblewrap is found and its projects say <c>isolation: preferred</c>.
    /// For cheats that must be shown to work without isolation, and for defences that must hold without it.
    /// </summary>
    public static JudgeFixture Unconfined()
    {
        JudgeTools.Configure();
        var environment = new[] { Toolchain.Toolchain.PythonVariable, Toolchain.Toolchain.NodeVariable, Toolchain.Toolchain.TscVariable, Toolchain.Toolchain.DotnetVariable }
            .ToDictionary(v => v, Environment.GetEnvironmentVariable);
        environment[Toolchain.Toolchain.BwrapVariable] = "/nonexistent/bwrap";
        return new JudgeFixture(s => s.AddSingleton(new Toolchain.Toolchain(environment))) { IsUnconfined = true };
    }

    public bool IsUnconfined { get; private init; }

    public string Project => _f.Project;

    public TempDirectory Dir => _f.Dir;

    public T Get<T>()
        where T : notnull => _f.Get<T>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task InitAsync(TestLanguage language = TestLanguage.Python, string extraConfig = "")
    {
        var init = await _f.Get<InitService>().InitAsync(Project, null, language, Ct);
        Assert.True(init.Ok, string.Join("\n", init.Diagnostics));
        if (IsUnconfined)
        {
            extraConfig = (extraConfig.TrimEnd('\n') + "\nisolation: preferred").TrimStart('\n');
        }

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

    public void Dispose() => _f.Dispose();
}
