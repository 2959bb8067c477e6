using System.IO.Pipelines;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

/// <summary>
/// The stdio and the HTTP server are one server on two transports: for each role a client sees the same name,
/// version, instructions, capabilities, tools, prompts and resources on both. The HTTP host once had no
/// instructions at all, and nothing noticed.
/// </summary>
public sealed class ServerDefinitionTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(McpRole.Solo)]
    [InlineData(McpRole.Code)]
    [InlineData(McpRole.Audit)]
    public async Task StdioAndHttp_AnnounceTheSameServer_ForTheSameRole(McpRole role)
    {
        var options = new PactMcpOptions { Role = role, Tier = ToolTier.All, ProjectDir = _dir.Path };

        var stdio = await OverStdioAsync(options);
        var http = await OverHttpAsync(options);

        Assert.StartsWith("Pact keeps contracts", stdio.Instructions, StringComparison.Ordinal);
        Assert.Equal(PactMcpServer.Instructions(role), stdio.Instructions);
        Assert.Contains("\"name\":\"pact_status\"", stdio.Tools, StringComparison.Ordinal);
        Assert.Equal(stdio, http);
    }

    [Fact]
    public void EachRole_IsToldWhatItsServerIsFor() =>
        Assert.Equal(3, new[] { McpRole.Solo, McpRole.Code, McpRole.Audit }.Select(PactMcpServer.Instructions).Distinct().Count());

    /// <summary>What a client learns from <c>initialize</c> and the three lists, each as JSON so that any field counts.</summary>
    private sealed record Announcement(string Info, string? Instructions, string Capabilities, string Tools, string Prompts, string Resources);

    private static async Task<Announcement> AnnouncementAsync(McpClient client)
    {
        var json = McpJsonUtilities.DefaultOptions;
        var tools = await client.ListToolsAsync(cancellationToken: Ct);
        var prompts = await client.ListPromptsAsync(cancellationToken: Ct);
        var resources = await client.ListResourceTemplatesAsync(cancellationToken: Ct);
        return new Announcement(
            JsonSerializer.Serialize(client.ServerInfo, json),
            client.ServerInstructions,
            JsonSerializer.Serialize(client.ServerCapabilities, json),
            string.Join('\n', tools.Select(t => JsonSerializer.Serialize(t.ProtocolTool, json))),
            string.Join('\n', prompts.Select(p => JsonSerializer.Serialize(p.ProtocolPrompt, json))),
            string.Join('\n', resources.Select(r => JsonSerializer.Serialize(r.ProtocolResourceTemplate, json))));
    }

    private static async Task<Announcement> OverStdioAsync(PactMcpOptions options)
    {
        var toServer = new Pipe();
        var fromServer = new Pipe();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var server = PactMcpHost.RunStdioAsync(options, toServer.Reader.AsStream(), fromServer.Writer.AsStream(), stop.Token);
        Announcement announced;
        await using (var client = await McpClient.CreateAsync(new StreamClientTransport(toServer.Writer.AsStream(), fromServer.Reader.AsStream()), new McpClientOptions { ProtocolVersion = "2025-11-25" }, cancellationToken: Ct))
        {
            announced = await AnnouncementAsync(client);
        }

        await toServer.Writer.CompleteAsync(); // stdin closes: the host drains and stops
        await server;
        return announced;
    }

    private static async Task<Announcement> OverHttpAsync(PactMcpOptions options)
    {
        await using var app = PactMcpHttpHost.Build(options, new IPEndPoint(IPAddress.Loopback, 0), token: null);
        await app.StartAsync(Ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = new Uri(new Uri(address), "/mcp") }), new McpClientOptions { ProtocolVersion = "2025-11-25" }, cancellationToken: Ct);
        var announced = await AnnouncementAsync(client);
        await app.StopAsync(Ct);
        return announced;
    }
}
