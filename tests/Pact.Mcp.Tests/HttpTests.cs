using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

/// <summary>Streamable HTTP on a real loopback port: the real client, DNS-rebinding checks, the bearer token.</summary>
public sealed class HttpTests : IAsyncDisposable
{
    private const string Initialize = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""";
    private readonly TempDirectory _dir = new();
    private WebApplication? _app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _dir.Dispose();
    }

    private async Task<Uri> StartAsync(string? token = null)
    {
        _app = PactMcpHttpHost.Build(new PactMcpOptions { ProjectDir = _dir.Path }, new IPEndPoint(IPAddress.Loopback, 0), token);
        await _app.StartAsync(Ct);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(new Uri(address), "/mcp");
    }

    private static HttpRequestMessage Post(Uri endpoint, string? host = null, string? origin = null, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(Initialize, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    [Fact]
    public async Task RealClient_CallsTools_OverHttp()
    {
        var endpoint = await StartAsync();
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = endpoint }), new McpClientOptions { ProtocolVersion = "2025-11-25" }, cancellationToken: Ct);

        var init = await client.CallToolAsync("pact_init", new Dictionary<string, object?>(), cancellationToken: Ct);

        Assert.NotEqual(true, init.IsError);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "pact.yaml")));
    }

    [Fact]
    public async Task ForeignHostOrOrigin_IsRefused_AgainstDnsRebinding()
    {
        var endpoint = await StartAsync();
        using var http = new HttpClient();

        using var loopback = await http.SendAsync(Post(endpoint, origin: $"http://localhost:{endpoint.Port}"), Ct);
        using var foreignHost = await http.SendAsync(Post(endpoint, host: $"attacker.example:{endpoint.Port}"), Ct);
        using var foreignOrigin = await http.SendAsync(Post(endpoint, origin: "http://attacker.example"), Ct);

        Assert.Equal(HttpStatusCode.OK, loopback.StatusCode);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, foreignHost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignOrigin.StatusCode);
    }

    [Fact]
    public async Task Token_IsRequired_WhenSet()
    {
        var endpoint = await StartAsync(token: "s3cret-token");
        using var http = new HttpClient();

        using var none = await http.SendAsync(Post(endpoint), Ct);
        using var wrong = await http.SendAsync(Post(endpoint, bearer: "guess"), Ct);
        using var right = await http.SendAsync(Post(endpoint, bearer: "s3cret-token"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public void NonLoopbackAddress_WithoutToken_IsRefused() =>
        Assert.Throws<ArgumentException>(() => PactMcpHttpHost.Build(new PactMcpOptions(), new IPEndPoint(IPAddress.Any, 0), token: null));
}
