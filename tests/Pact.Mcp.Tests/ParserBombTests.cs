using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Pact.Mcp.Tests;

/// <summary>
/// The real server process fed input built to exhaust its parsers: a project whose pact.yaml is an alias bomb or nests
/// a hundred thousand levels, and a request whose arguments do. Each call gets an error answer and the server lives on.
/// </summary>
public sealed class ParserBombTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string AliasBomb()
    {
        var text = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for (var level = 'b'; level <= 'g'; level++)
        {
            text.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(",", Enumerable.Repeat($"*{(char)(level - 1)}", 9))).Append("]\n");
        }

        return text.ToString();
    }

    [Theory]
    [InlineData("alias bomb")]
    [InlineData("deep mapping")]
    public async Task BombedPactYaml_And_DeepArguments_GetErrors_AndTheServerLivesOn(string bomb)
    {
        var project = _dir.Combine("p");
        using (var init = Process.Start(new ProcessStartInfo("dotnet", [Repository.PactDll, "init", project]) { RedirectStandardOutput = true })!)
        {
            await init.WaitForExitAsync(Ct);
            Assert.Equal(0, init.ExitCode);
        }

        File.WriteAllText(Path.Combine(project, "pact.yaml"), bomb == "alias bomb" ? AliasBomb() : "x: " + new StringBuilder().Insert(0, "{a: ", 100_000).Append('1').Append('}', 100_000));
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Repository.PactDll);
        info.ArgumentList.Add("mcp");
        using var server = Process.Start(info)!;
        var stderr = server.StandardError.ReadToEndAsync(Ct);
        var input = server.StandardInput;

        await input.WriteLineAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""");
        await input.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        await input.WriteLineAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"pact_status","arguments":{}}}""");
        await input.WriteLineAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"pact_spec_show\",\"arguments\":{\"spec\":" + new string('[', 100_000) + new string(']', 100_000) + "}}}");
        await input.WriteLineAsync("""{"jsonrpc":"2.0","id":4,"method":"ping"}""");
        await input.FlushAsync(Ct);

        var answered = new Dictionary<string, JsonElement>();
        var parseErrors = new List<string>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (answered.Count < 3 && await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement.Clone();
            if (root.GetProperty("id").ValueKind == JsonValueKind.Null)
            {
                parseErrors.Add(root.GetProperty("error").GetProperty("message").GetString()!);
                continue;
            }

            answered[root.GetProperty("id").ToString()] = root;
        }

        input.Close();
        await server.WaitForExitAsync(Ct);

        Assert.True(answered.ContainsKey("4"), $"no answer to the ping after the bombs; stderr: {await stderr}");
        var status = answered["2"].GetProperty("result");
        Assert.True(status.GetProperty("isError").GetBoolean());
        Assert.Contains(bomb == "alias bomb" ? "input.yaml_aliases" : "input.yaml_too_deep", status.GetProperty("structuredContent").GetRawText(), StringComparison.Ordinal);
        Assert.Contains(parseErrors, e => e.Contains("deeper than 64", StringComparison.Ordinal));
    }
}
