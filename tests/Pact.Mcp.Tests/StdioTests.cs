using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Pact.Mcp.Tests;

/// <summary>The real server process over real stdio: the official TypeScript client, and hostile input.</summary>
public sealed class StdioTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TypeScriptSdkClient_DrivesTheServer_OverStdio()
    {
        var text = await NodeAsync("mcp-client.mjs", "dotnet", Repository.PactDll);

        Assert.Contains("{\"step\":\"done\",\"ok\":true}", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "pact.yaml")));
    }

    [Fact]
    public async Task TypeScriptSdkClient_DrivesTheWholePipeline_ToAVerifiedCertificate_WithProgress()
    {
        JudgeTools.Configure();
        var text = await NodeAsync("mcp-pipeline.mjs", Path.Combine(Repository.Root, "examples", "python-ledger"), "dotnet", Repository.PactDll);

        Assert.Contains("\"step\":\"progress\",\"sent\":3", text, StringComparison.Ordinal);
        Assert.Contains("{\"step\":\"certificate\",\"certified\":\"ok\",\"verified\":\"ok\"}", text, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(_dir.Path, "certification")));
    }

    /// <summary>
    /// Review as a gate (issue 14) with the TypeScript SDK client over stdio: the prompts carry the contract, the code
    /// and the latest runs; a finding naming a missing file is refused with its pointer and writes nothing; an Advocate
    /// critical finding refuses certify until it is adjudicated (fixed, checked against the file's hash).
    /// </summary>
    [Fact]
    public async Task TypeScriptSdkClient_Reviews_CertifyRefusesTheCriticalFinding_UntilItIsAdjudicated()
    {
        JudgeTools.Configure();
        var text = await NodeAsync("mcp-review.mjs", Path.Combine(Repository.Root, "examples", "python-ledger"), "dotnet", Repository.PactDll);

        Assert.Contains("{\"step\":\"pact_review refused\",\"rule\":\"review.location.file_missing\",\"pointer\":\"/findings/0/location/file\"}", text, StringComparison.Ordinal);
        Assert.Contains("{\"step\":\"pact_certify refused\",\"rule\":\"certify.review_unadjudicated\"}", text, StringComparison.Ordinal);
        Assert.Contains("{\"step\":\"certificate\",\"certified\":\"ok\",\"reviews\":[\"advocate:F1=fixed\",\"simulacrum:Q1=answered\"]}", text, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_dir.Path, ".pact", "reviews"), "simulacrum.md", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(_dir.Path, "certification", "certification.json")));
    }

    /// <summary>
    /// The journey with nothing but a shipped MCP configuration (issue 18): the auditor's and the implementer's servers
    /// started with the file's own arguments, from init to a verified certificate, no CLI call, and the implementer's
    /// <c>next</c> naming every step before it is taken (tools/e2e/mcp-roles.mjs fails on the first that it does not).
    /// </summary>
    [Theory]
    [InlineData("mcp.json")]
    [InlineData("plugin/.mcp.json")]
    public async Task ShippedConfigurationAlone_TakesAnAgentFromInitToAVerifiedCertificate_WithNextLeading(string config)
    {
        JudgeTools.Configure();
        var text = await NodeAsync("mcp-roles.mjs", Path.Combine(Repository.Root, config), Path.Combine(Repository.Root, "examples", "python-ledger"), "dotnet", Repository.PactDll);

        Assert.Contains("{\"step\":\"certificate\",\"certified\":\"ok\",\"verified\":\"ok\"}", text, StringComparison.Ordinal);
        Assert.Contains("\"pact_audit_init\",\"pact_goodhart\",\"pact_goodhart\",\"pact_goodhart\",\"pact_handoff\",\"pact_test\",\"pact_polish\",\"pact_review\",\"pact_certify\"],\"ok\":true", text, StringComparison.Ordinal);
        // The law is written by the auditor's server, the runs by the implementer's.
        var steps = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.TryGetProperty("server", out _)).ToList();
        Assert.All(steps.Where(e => e.GetProperty("step").GetString() is "pact_contract" or "pact_tests" or "pact_goodhart" or "pact_review"), e => Assert.Equal("pact-audit", e.GetProperty("server").GetString()));
        Assert.All(steps.Where(e => e.GetProperty("step").GetString() is "pact_test" or "pact_polish" or "pact_certify"), e => Assert.Equal("pact", e.GetProperty("server").GetString()));
    }

    /// <summary>Runs one of the TypeScript SDK scripts in tools/e2e/ in the test's project directory; it must exit 0, and its stdout (a JSON line per step) is returned.</summary>
    private async Task<string> NodeAsync(string script, params string[] args)
    {
        Assert.True(Directory.Exists(Path.Combine(Repository.Tools, "node_modules", "@modelcontextprotocol")), "run `npm ci --prefix tools` first (.ci/run does)");
        var info = new ProcessStartInfo("node") { WorkingDirectory = _dir.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(Repository.Tools, "e2e", script));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);

        var text = await output;
        Assert.True(process.ExitCode == 0, text + await error);
        return text;
    }

    [Fact]
    public async Task HostileInput_GetsTheRightErrors_AndStdoutCarriesOnlyJsonRpc()
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir.Path, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Repository.PactDll);
        info.ArgumentList.Add("mcp");
        info.ArgumentList.Add("--tools");
        info.ArgumentList.Add("all");
        using var server = Process.Start(info)!;
        var stderr = server.StandardError.ReadToEndAsync(Ct);
        var input = server.StandardInput;
        input.AutoFlush = false;

        async Task Send(string line)
        {
            await input.WriteLineAsync(line);
            await input.FlushAsync(Ct);
        }

        await Send("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""");
        await Send("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        await Send("this is not json");
        await Send("{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": ");
        await Send("""{"jsonrpc":"2.0","id":4,"method":"no/such/method"}""");
        await Send("""{"jsonrpc":"2.0","id":5}""");
        var huge = new string('x', 10 << 20);
        await Send("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":\"pact_spec_show\",\"arguments\":{\"spec\":{\"task\":\"" + huge + "\"}}}}");
        var burst = new StringBuilder();
        for (var id = 1000; id < 1500; id++)
        {
            burst.Append("{\"jsonrpc\":\"2.0\",\"id\":").Append(id).Append(",\"method\":\"tools/call\",\"params\":{\"name\":\"pact_status\",\"arguments\":{}}}\n");
        }

        await input.WriteAsync(burst.ToString());
        await input.FlushAsync(Ct);

        // Read until every id is answered (or the server dies); then close stdin and let it exit.
        var answered = new Dictionary<string, JsonElement>();
        var parseErrors = 0;
        var expected = new HashSet<string>(["1", "4", "5", "6", .. Enumerable.Range(1000, 500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        while (!expected.IsSubsetOf(answered.Keys) && await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            using var doc = JsonDocument.Parse(line); // every stdout line is JSON, or this throws
            var root = doc.RootElement.Clone();
            Assert.Equal("2.0", root.GetProperty("jsonrpc").GetString());
            var id = root.GetProperty("id");
            if (id.ValueKind == JsonValueKind.Null)
            {
                parseErrors++;
                Assert.Equal(-32700, root.GetProperty("error").GetProperty("code").GetInt32());
                continue;
            }

            Assert.True(answered.TryAdd(id.ToString(), root), $"id {id} answered twice");
        }

        input.Close();
        await server.WaitForExitAsync(Ct);

        Assert.True(expected.IsSubsetOf(answered.Keys), $"unanswered: {string.Join(", ", expected.Except(answered.Keys).Take(10))}; stderr: {await stderr}");
        Assert.Equal(2, parseErrors); // the garbage line and the truncated object
        Assert.Equal(-32601, answered["4"].GetProperty("error").GetProperty("code").GetInt32());
        Assert.True(answered["5"].TryGetProperty("error", out _));
        Assert.True(answered["6"].GetProperty("result").GetProperty("structuredContent").GetProperty("ok").GetBoolean());
        Assert.All(Enumerable.Range(1000, 500), id => Assert.True(answered[id.ToString(System.Globalization.CultureInfo.InvariantCulture)].TryGetProperty("result", out _)));
    }
}
