using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pact.Mcp.Hosting;

/// <summary>The stdio MCP server: <c>pact mcp</c>. stdout carries JSON-RPC only; every log line goes to stderr.</summary>
public static class PactMcpHost
{
    /// <summary>Serves until <paramref name="input"/> ends (the client closed stdin) or cancellation.</summary>
    public static async Task RunStdioAsync(PactMcpOptions options, Stream input, Stream output, CancellationToken cancellationToken)
    {
        var guard = new LineGuard(output);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddPactMcpServer(options, actor: "mcp").WithStreamServerTransport(guard.ServerInput, guard.ServerOutput);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);

        // The server ends when stdin does (the client closed it) or on cancellation.
        await guard.PumpAsync(input, cancellationToken);

        // A client may send its last requests and close stdin at once: answer them before stopping.
        await guard.DrainAsync(TimeSpan.FromSeconds(30));
        await guard.CloseServerInputAsync();
        await host.StopAsync(CancellationToken.None);
    }
}
