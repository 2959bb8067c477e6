using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Judge;
using Pact.Mcp.Hosting;
using Pact.Mcp.Remote;

namespace Pact.Mcp.Tests;

/// <summary>
/// The judge service on loopback HTTP in one process (as the current user; SeparateUserTests in Pact.Cli.Tests runs it
/// as another OS user on a Unix socket): which token reaches which tool, and the pin to one project and audit directory.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class JudgeServiceTests : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();
    private WebApplication? _app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Project => _dir.Combine("project");
    private string Audit => _dir.Combine("audit");

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _dir.Dispose();
    }

    private async Task<(string Target, string Audit, string Code)> StartAsync()
    {
        Directory.CreateDirectory(Project);
        Pact.Tests.JudgeTools.Configure();
        var options = new PactMcpOptions { Role = McpRole.Audit, Tier = ToolTier.All, ProjectDir = Project, AuditDir = Audit };
        await using (var init = await McpFixture.StartAsync(project: Project))
        {
            Assert.NotEqual(true, (await init.Client.CallToolAsync("pact_init", new Dictionary<string, object?>(), cancellationToken: Ct)).IsError);
            Assert.NotEqual(true, (await init.Client.CallToolAsync("pact_audit_init", new Dictionary<string, object?> { ["audit_dir"] = Audit }, cancellationToken: Ct)).IsError);
        }

        ServiceTokens.Ensure(Audit);
        Assert.Null(JudgeServiceHost.Refusal(options));
        _app = JudgeServiceHost.Build(options, socket: null, new IPEndPoint(IPAddress.Loopback, 0));
        await _app.StartAsync(Ct);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var tokens = ServiceTokens.Read(Audit)!.Value;
        return (address, tokens.Audit, tokens.Code);
    }

    [Fact]
    public async Task CodeToken_ReachesOnlyTheJudgingTools_AuditTokenReachesTheAuditSide()
    {
        var (target, audit, code) = await StartAsync();

        await using var implementer = await new JudgeClient(target, code).ConnectAsync(Ct);
        await using var auditor = await new JudgeClient(target, audit).ConnectAsync(Ct);
        var codeTools = (await implementer.ListToolsAsync(cancellationToken: Ct)).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        var auditTools = (await auditor.ListToolsAsync(cancellationToken: Ct)).Select(t => t.Name).ToList();
        var refused = await implementer.CallToolAsync("pact_unfreeze", new Dictionary<string, object?> { ["component_id"] = "calc", ["reason"] = "x" }, cancellationToken: Ct);
        var status = await implementer.CallToolAsync("pact_status", new Dictionary<string, object?>(), cancellationToken: Ct);

        Assert.Equal(["pact_certify", "pact_polish", "pact_status", "pact_test"], codeTools);
        Assert.Contains("pact_goodhart", auditTools);
        Assert.Contains("pact_unfreeze", auditTools);
        Assert.True(refused.IsError);
        Assert.Contains(ServiceScope.AuditSideRule, string.Join(" ", refused.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(b => b.Text)), StringComparison.Ordinal);
        Assert.NotEqual(true, status.IsError);
        Assert.Empty(await implementer.ListResourcesAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task NoTokenOrAGuess_IsRefused_BeforeAnyMcp()
    {
        var (target, _, _) = await StartAsync();
        using var http = new HttpClient();

        async Task<HttpStatusCode> Post(string? bearer)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(target), "/mcp"))
            {
                Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.ParseAdd("application/json, text/event-stream");
            if (bearer is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            }

            using var response = await http.SendAsync(request, Ct);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await Post(null));
        Assert.Equal(HttpStatusCode.Unauthorized, await Post("guess"));
    }

    [Fact]
    public async Task APactYamlNamingAnotherAuditDirectory_IsNotServed()
    {
        var (target, _, code) = await StartAsync();
        var yaml = Path.Combine(Project, "pact.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace(Audit, _dir.Combine("mine"), StringComparison.Ordinal));

        var result = await new JudgeClient(target, code).CallAsync("test", "pact_test", JudgeArguments.For(Project), Pact.Serialization.PactJson.Context.CommandResultJudgeReport, Ct);

        Assert.False(result.Ok);
        Assert.Equal(ServiceScope.PinRule, Assert.Single(result.Diagnostics).Rule);
    }

    [Fact]
    public async Task APactYamlLoweringIsolation_IsNotServed()
    {
        // The code under test runs as the judge's user: unconfined it could read the audit directory, so the service judges confined only.
        var (target, _, code) = await StartAsync();
        File.AppendAllText(Path.Combine(Project, "pact.yaml"), "isolation: preferred\n");

        var result = await new JudgeClient(target, code).CallAsync("test", "pact_test", JudgeArguments.For(Project), Pact.Serialization.PactJson.Context.CommandResultJudgeReport, Ct);

        Assert.False(result.Ok);
        Assert.Contains("isolation", Assert.Single(result.Diagnostics, d => d.Rule == ServiceScope.PinRule).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_RefusesAnAuditDirectoryOthersCanRead_OrWithoutTokens()
    {
        Directory.CreateDirectory(Audit);
        File.SetUnixFileMode(Audit, (UnixFileMode)0b111_101_101);
        var options = new PactMcpOptions { Role = McpRole.Audit, ProjectDir = Project, AuditDir = Audit };

        Assert.Contains("open to other users", JudgeServiceHost.Refusal(options), StringComparison.Ordinal);
        File.SetUnixFileMode(Audit, (UnixFileMode)0b111_000_000);
        Assert.Contains("holds no tokens", JudgeServiceHost.Refusal(options), StringComparison.Ordinal);
        Assert.Contains("--role audit", JudgeServiceHost.Refusal(options with { Role = McpRole.Code }), StringComparison.Ordinal);
    }
}
