using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Pact.Engine;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

/// <summary>
/// Tools are listed from the recorded descriptions in tool_listing.json and built only when called. A listing that
/// differs by one byte from what the tool methods build would mislead every client, so both are checked here: the
/// file against the methods, and tools/list on the wire against a server that builds every tool up front.
/// </summary>
public sealed class ToolListingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly McpRole[] Roles = [McpRole.Solo, McpRole.Code, McpRole.Audit];

    /// <summary>Every protocol version the SDK speaks: before 2026-07-28 it rewrites the output schemas of the tools it built itself.</summary>
    private static readonly string[] ProtocolVersions = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"];

    [Theory]
    [InlineData("tool_listing.json", "2026-07-28")]
    [InlineData("tool_listing.legacy.json", "2025-11-25")]
    public async Task RecordedListing_IsWhatTheToolMethodsList(string name, string version)
    {
        var every = Roles.SelectMany(role => PactMcpServerBuilderExtensions.BuildTools(new PactMcpOptions { Role = role, Tier = ToolTier.All }))
            .DistinctBy(t => t.ProtocolTool.Name).OrderBy(t => t.ProtocolTool.Name, StringComparer.Ordinal).ToList();
        var reply = await ListAsync(version, server => server.WithTools(every));
        var listed = JsonSerializer.Deserialize(JsonDocument.Parse(reply).RootElement.GetProperty("result"), ToolListing.FileType)!;
        // Indented, so that a changed description shows as a changed line in review.
        var indented = new JsonSerializerOptions(McpJsonUtilities.DefaultOptions) { WriteIndented = true };
        var expected = JsonSerializer.Serialize(listed, indented.GetTypeInfo(typeof(ListToolsResult)));
        var file = Path.Combine(Repository.Root, "src", "Pact.Mcp", "Hosting", name);
        var recorded = File.ReadAllText(file).TrimEnd('\n');

        if (recorded != expected && Environment.GetEnvironmentVariable("PACT_UPDATE_TOOL_LISTING") == "1")
        {
            File.WriteAllText(file, expected + "\n");
            Assert.Fail($"{file} was rewritten from the tool methods: rebuild and run the tests again");
        }

        Assert.Equal(every.Count, listed.Tools.Count);
        Assert.True(recorded == expected, $"{file} no longer matches the tool methods (a description, parameter or result record changed): run `PACT_UPDATE_TOOL_LISTING=1 dotnet test tests/Pact.Mcp.Tests --filter ToolListingTests` and commit the file");
    }

    [Fact]
    public async Task ToolsList_OnTheWire_IsByteForByteWhatEagerlyBuiltToolsList()
    {
        var compared = 0;
        foreach (var version in ProtocolVersions)
        {
            foreach (var role in Roles)
            {
                foreach (var tier in Enum.GetValues<ToolTier>())
                {
                    var options = new PactMcpOptions { Role = role, Tier = tier };
                    var deferred = await ListAsync(version, server => server.AddPactPrimitives(options));
                    var eager = await ListAsync(version, server => server.WithTools(PactMcpServerBuilderExtensions.BuildTools(options)));

                    Assert.Contains("\"tools\":[{", eager, StringComparison.Ordinal);
                    Assert.True(eager == deferred, $"tools/list differs at protocol {version}, role {role}, tier {tier}:\n{eager}\n{deferred}");
                    compared++;
                }
            }
        }

        Assert.True(compared == ProtocolVersions.Length * Roles.Length * 3, $"only {compared} listings compared");
    }

    [Fact]
    public async Task ADeferredTool_IsBuiltAndRuns_WhenCalled()
    {
        await using var f = await McpFixture.StartAsync(McpRole.Solo, ToolTier.Core);

        var result = await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?> { ["project_dir"] = f.Project }, cancellationToken: Ct);

        Assert.NotEqual(true, result.IsError);
        Assert.True(File.Exists(Path.Combine(f.Project, "pact.yaml")));
    }

    /// <summary>The raw tools/list reply line of a server configured by <paramref name="configure"/>, after an initialize at <paramref name="version"/>.</summary>
    private static async Task<string> ListAsync(string version, Action<IMcpServerBuilder> configure)
    {
        var toServer = new Pipe();
        var fromServer = new Pipe();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddPact(new PactRuntime { Actor = "mcp-test" });
        var server = builder.Services.AddMcpServer(o => PactMcpServer.Describe(o, new PactMcpOptions()))
            .WithStreamServerTransport(toServer.Reader.AsStream(), fromServer.Writer.AsStream());
        configure(server);
        using var host = builder.Build();
        await host.StartAsync(Ct);
        await using var input = toServer.Writer.AsStream();
        using var output = new StreamReader(fromServer.Reader.AsStream(), Encoding.UTF8);
        var initialize = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":""" + $"\"{version}\"" + ""","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""";
        foreach (var line in new[] { initialize, """{"jsonrpc":"2.0","method":"notifications/initialized"}""", """{"jsonrpc":"2.0","id":2,"method":"tools/list"}""" })
        {
            await input.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), Ct);
            await input.FlushAsync(Ct);
        }

        while (await output.ReadLineAsync(Ct) is { } reply)
        {
            if (reply.Contains("\"id\":2", StringComparison.Ordinal))
            {
                await host.StopAsync(Ct);
                return reply;
            }
        }

        throw new InvalidOperationException("the server closed without answering tools/list");
    }
}
