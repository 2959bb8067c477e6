using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>
/// Inputs built to exhaust the parser rather than to mean anything: a YAML alias bomb, and nesting deep enough to
/// overflow a recursive walk. Each runs the real <c>pact</c> as a process (a stack overflow would kill a test host),
/// and must be refused quickly with a diagnostic naming the file and line, exit 1, nothing written.
/// </summary>
public sealed class ParserBombTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    /// <summary>About 300 bytes that expand to 9^7 (4.8 million) strings when every alias is followed.</summary>
    internal static string AliasBomb()
    {
        var text = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for (var level = 'b'; level <= 'g'; level++)
        {
            var previous = (char)(level - 1);
            text.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat($"*{previous}", 9))).Append("]\n");
        }

        return text.ToString();
    }

    internal static string DeepFlowSequence(int depth) => new string('[', depth) + new string(']', depth) + "\n";

    internal static string DeepFlowMapping(int depth) =>
        new StringBuilder().Insert(0, "{a: ", depth).Append('1').Append('}', depth).Append('\n').ToString();

    internal static string DeepJson(int depth) =>
        new StringBuilder().Insert(0, "{\"a\":", depth).Append('1').Append('}', depth).ToString();

    private async Task InitAsync() => Assert.Equal(0, (await Cli.InProcessAsync("init", Project)).ExitCode);

    private static async Task<(Cli.Run Run, TimeSpan Took)> ProcessAsync(string? stdin, params string[] args)
    {
        var info = Cli.StartInfo(args);
        info.RedirectStandardInput = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.WriteAsync(stdin ?? "");
        process.StandardInput.Close();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (new Cli.Run(process.ExitCode, await output, await error), clock.Elapsed);
    }

    public static TheoryData<string, string> BombedPactYaml => new()
    {
        { "alias bomb", "alias" },
        { "deep sequence", "nested deeper than" },
        { "deep mapping", "nested deeper than" },
    };

    private static string Bomb(string name) => name switch
    {
        "alias bomb" => AliasBomb(),
        "deep sequence" => "x: " + DeepFlowSequence(100_000),
        _ => "x: " + DeepFlowMapping(100_000),
    };

    [Theory]
    [MemberData(nameof(BombedPactYaml))]
    public async Task BombedPactYaml_IsRefusedFast_Exit1_NamingFileAndLine_NothingWritten(string name, string says)
    {
        await InitAsync();
        File.WriteAllText(Path.Combine(Project, "pact.yaml"), Bomb(name));
        var before = TreeSnapshot.Of(Project);

        var (run, took) = await ProcessAsync(null, "status", Project);

        Assert.True(run.ExitCode == ExitCodes.Failed, $"exit {run.ExitCode}: {run.Err}");
        Assert.Matches(@"pact\.yaml:\d+(:\d+)?: error \[input\.yaml_", run.Err);
        Assert.Contains(says, run.Err, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(10), $"took {took}");
        TreeSnapshot.AssertUnchanged(before, Project);
    }

    [Fact]
    public async Task AliasBomb_IsAbout300Bytes() => Assert.InRange(AliasBomb().Length, 200, 320);

    [Theory]
    [InlineData("deep.yaml", "yaml")]
    [InlineData("deep.json", "json")]
    [InlineData("deeper.json", "json")]
    public async Task DeepSpecFile_IsRefused_Exit1_NothingWritten(string file, string format)
    {
        await InitAsync();
        var text = file switch
        {
            "deep.yaml" => "task: " + DeepFlowMapping(100_000),
            // Between System.Text.Json's default limit (64) and the reader's old one (128): it used to pass the parser
            // and crash schema validation.
            "deep.json" => "{\"task\": " + DeepJson(100) + "}",
            _ => new string('[', 100_000),
        };
        var spec = _dir.Write(file, text);
        var before = TreeSnapshot.Of(Project);

        var (run, _) = await ProcessAsync(null, "spec", "apply", Project, spec);

        Assert.True(run.ExitCode == ExitCodes.Failed, $"exit {run.ExitCode}: {run.Err}");
        Assert.Contains($"{file}:1", run.Err, StringComparison.Ordinal);
        Assert.Contains($"[input.{format}_", run.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Project);
    }

    [Fact]
    public async Task DeepJsonArtifact_IsRefused_Exit1()
    {
        await InitAsync();
        var tree = _dir.Write("tree.json", "{\"root\": " + DeepJson(100) + "}");

        var (run, _) = await ProcessAsync(null, "decompose", Project, "--file", tree);

        Assert.True(run.ExitCode == ExitCodes.Failed, $"exit {run.ExitCode}: {run.Err}");
        Assert.Contains("tree.json:1", run.Err, StringComparison.Ordinal);
        Assert.Contains("nested deeper than", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{\"a\":")]
    public async Task Hook_DeeplyNestedStdin_Denies(string open)
    {
        var input = new StringBuilder().Insert(0, open, 100_000).ToString();

        var (run, _) = await ProcessAsync(input, "hook", "pre-tool-use");

        AssertDenied(run, "not judged");
    }

    [Theory]
    [InlineData("alias bomb")]
    [InlineData("deep mapping")]
    public async Task Hook_BombedPactYaml_Denies(string name)
    {
        await InitAsync();
        File.WriteAllText(Path.Combine(Project, "pact.yaml"), Bomb(name));
        var call = $$$"""{"tool_name":"Read","cwd":{{{JsonSerializer.Serialize(Project, HookTestJson.Default.String)}}},"tool_input":{"file_path":"src/x.py"}}""";

        var (run, took) = await ProcessAsync(call, "hook", "pre-tool-use");

        AssertDenied(run, "pact.yaml");
        Assert.True(took < TimeSpan.FromSeconds(10), $"took {took}");
    }

    private static void AssertDenied(Cli.Run run, string mentions)
    {
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Err}");
        using var json = JsonDocument.Parse(run.Out);
        var decision = json.RootElement.GetProperty("hookSpecificOutput");
        Assert.Equal("deny", decision.GetProperty("permissionDecision").GetString());
        Assert.Contains(mentions, decision.GetProperty("permissionDecisionReason").GetString(), StringComparison.Ordinal);
    }
}
