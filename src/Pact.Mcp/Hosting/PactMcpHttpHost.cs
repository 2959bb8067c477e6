using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pact.Mcp.Hosting;

/// <summary><c>pact mcp --http ADDRESS:PORT</c>: the same primitives over Streamable HTTP at <c>/mcp</c>.</summary>
public static class PactMcpHttpHost
{
    /// <summary>Builds the web application (not started), so tests can start it on a free port.</summary>
    public static WebApplication Build(PactMcpOptions options, IPEndPoint endpoint, string? token, Action<IMcpServerBuilder>? extra = null)
    {
        if (!IPAddress.IsLoopback(endpoint.Address) && token is null)
        {
            throw new ArgumentException($"{endpoint} is not a loopback address: serving beyond this machine needs --token", nameof(token));
        }

        return Build(options, k => k.Listen(endpoint), new HttpGuard(endpoint, token), extra);
    }

    /// <summary>The same application on any listener (the judge service also listens on a Unix socket), behind <paramref name="guard"/>.</summary>
    internal static WebApplication Build(PactMcpOptions options, Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions> listen, HttpGuard guard, Action<IMcpServerBuilder>? extra)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(listen);
        var mcp = builder.Services.AddPactMcpServer(options, actor: "mcp-http")
            .WithHttpTransport(http => http.Stateless = false); // sessions: the server asks the client (elicitation) mid-call
        extra?.Invoke(mcp);
        var app = builder.Build();
        app.Use(guard.InvokeAsync);
        app.MapMcp("/mcp");
        return app;
    }

    public static async Task RunAsync(PactMcpOptions options, IPEndPoint endpoint, string? token, CancellationToken cancellationToken)
    {
        await using var app = Build(options, endpoint, token);
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
    }
}
