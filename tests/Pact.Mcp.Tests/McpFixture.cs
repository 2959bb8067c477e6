using System.IO.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

/// <summary>A real Pact MCP server and a real MCP client in one process, joined by pipes (no stdio, no mocks).</summary>
public sealed class McpFixture : IAsyncDisposable
{
    private readonly IHost _host;

    private McpFixture(IHost host, McpClient client, TempDirectory dir, string project)
    {
        _host = host;
        Client = client;
        Dir = dir;
        Project = project;
    }

    public McpClient Client { get; }

    public TempDirectory Dir { get; }

    /// <summary>The server's default project (also its only allowed root, since the client sends no roots).</summary>
    public string Project { get; }

    /// <summary>
    /// Starts a server on a new temporary project, or on <paramref name="project"/> (another fixture's) when given;
    /// <paramref name="services"/> adds to Pact's services (e.g. a language) before the server is built.
    /// </summary>
    public static async Task<McpFixture> StartAsync(McpRole role = McpRole.Solo, ToolTier tier = ToolTier.All, string? project = null, McpClientHandlers? handlers = null, Action<IServiceCollection>? services = null)
    {
        Pact.Tests.JudgeTools.Configure();
        var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("project"));
        var projectDir = project ?? dir.Combine("project");
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddPactMcpServer(new PactMcpOptions { Role = role, Tier = tier, ProjectDir = projectDir }, actor: "mcp-test")
            .WithStreamServerTransport(clientToServer.Reader.AsStream(), serverToClient.Writer.AsStream());
        services?.Invoke(builder.Services); // after Pact's own, so an added language comes after the built-in ones
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        var client = await McpClient.CreateAsync(
            new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream()),
            new McpClientOptions { ProtocolVersion = "2025-11-25", Handlers = handlers ?? new McpClientHandlers() },
            cancellationToken: TestContext.Current.CancellationToken);
        return new McpFixture(host, client, dir, projectDir);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _host.StopAsync();
        _host.Dispose();
        Dir.Dispose();
    }
}
