using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Runs;
using Pact.Engine.Judge.Suites;
using Pact.Engine.Projects;
using Pact.Judge;
using Pact.Projects;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

/// <summary>A real project for the judge: contracts, implementations and suites written as files, real services and runners.</summary>
public sealed class JudgeFixture : IDisposable
{
    private readonly EngineFixture _f;

    public JudgeFixture(Action<IServiceCollection>? configure = null, string projectName = "project")
    {
        JudgeTools.Configure();
        _f = new EngineFixture(configure, projectName);
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

    /// <summary>
    /// A new project with a task written (certify refuses the template) and, unless <paramref name="hiddenRequired"/>,
    /// a readiness profile that does not ask for hidden suites, so a test about something else can certify a project
    /// with visible suites only. Every <see cref="Contract"/> also records the decomposition.
    /// </summary>
    public async Task InitAsync(TestLanguage? language = null, string extraConfig = "", bool hiddenRequired = false)
    {
        var init = await _f.Get<InitService>().InitAsync(Project, null, language, Ct);
        Assert.True(init.Ok, string.Join("\n", init.Diagnostics));
        if (IsUnconfined)
        {
            extraConfig = (extraConfig.TrimEnd('\n') + "\nisolation: preferred").TrimStart('\n');
        }

        File.WriteAllText(Path.Combine(Project, "task.md"), "Build the components under contracts/ so that their suites pass.\n");
        if (!hiddenRequired)
        {
            var config = Path.Combine(Project, "pact.yaml");
            File.WriteAllText(config, File.ReadAllText(config)
                .Replace("gating:\n    level: standard", "gating:\n    level: basic", StringComparison.Ordinal)
                .Replace("testing:\n    level: standard", "testing:\n    level: basic", StringComparison.Ordinal));
        }

        if (extraConfig.Length > 0)
        {
            File.AppendAllText(Path.Combine(Project, "pact.yaml"), extraConfig.TrimEnd('\n') + "\n");
        }
    }

    /// <summary>A contract with the named functions (each taking no declared inputs) and dependencies.</summary>
    public void Contract(string id, string[] functions, string[]? dependencies = null)
    {
        ContractFile(id, functions, dependencies);
        Decompose();
    }

    /// <summary>
    /// decomposition/tree.json for every component under contracts/: one component is the root itself; several are the
    /// children of a root "system" (the gates want 2 to 7 children).
    /// </summary>
    public void Decompose()
    {
        var ids = Directory.Exists(Path.Combine(Project, "contracts"))
            ? Directory.EnumerateDirectories(Path.Combine(Project, "contracts")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        var nodes = new System.Text.Json.Nodes.JsonObject();
        var single = ids.Count == 1;
        if (!single)
        {
            nodes["system"] = new System.Text.Json.Nodes.JsonObject { ["component_id"] = "system", ["name"] = "system", ["description"] = "the whole system", ["depth"] = 0, ["children"] = new System.Text.Json.Nodes.JsonArray([.. ids.Select(i => (System.Text.Json.Nodes.JsonNode)i)]) };
        }

        foreach (var id in ids)
        {
            nodes[id] = new System.Text.Json.Nodes.JsonObject { ["component_id"] = id, ["name"] = id, ["description"] = $"component {id}", ["depth"] = single ? 0 : 1, ["parent_id"] = single ? "" : "system" };
        }

        Write("decomposition/tree.json", new System.Text.Json.Nodes.JsonObject { ["root_id"] = single ? ids[0] : "system", ["nodes"] = nodes }.ToJsonString());
    }

    private void ContractFile(string id, string[] functions, string[]? dependencies) => Write($"contracts/{id}/interface.json", $$"""
        { "component_id": "{{id}}", "name": "{{id}}", "description": "component {{id}}",
          "dependencies": [{{string.Join(", ", (dependencies ?? []).Select(d => $"\"{d}\""))}}],
          "invariants": ["results are deterministic"],
          "functions": [{{string.Join(", ", functions.Select(f => $$"""{ "name": "{{f}}", "description": "{{f}} does its job", "inputs": [], "output_type": "int", "postconditions": ["{{f}} returns the documented value"] }"""))}}] }
        """);

    public void Write(string relative, string content) => _f.Dir.Write(Path.Combine(_f.ProjectName, relative), content);

    /// <summary>A suite file outside the project; <paramref name="cases"/> are (id, function, description).</summary>
    public string SuiteFile(string id, string code, (string Id, string Function, string Description)[] cases, TestLanguage? language = null, string name = "suite.json")
    {
        var suite = new ContractTestSuite
        {
            ComponentId = id,
            ContractVersion = 1,
            TestLanguage = language ?? TestLanguage.Python,
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
        Write("src/calc/calc.py", implementation + EmittingAdd);
        var locked = await LockAsync("calc", SuiteFile("calc", CalcTests, [("test_add_small", "add", "adds small numbers"), ("test_add_negative", "add", "adds negative numbers")]));
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));
    }

    /// <summary>
    /// Appended to every calc implementation: add reports started, then completed or error, as the suite's
    /// Pact-generated emission test checks, so each test's implementation is only about what that test shows.
    /// </summary>
    public static readonly string EmittingAdd = FixtureEvents.Python("calc", "add");

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
