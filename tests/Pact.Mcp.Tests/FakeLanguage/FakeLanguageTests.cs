using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Pact.Cli;
using Pact.Engine;

namespace Pact.Mcp.Tests.FakeLanguage;

/// <summary>
/// A language added from outside src/ (this folder and one DI line) is a language everywhere: the CLI lists,
/// accepts and scaffolds it, MCP lists and accepts it, and without the registration both refuse it by name.
/// </summary>
public sealed class FakeLanguageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Code, string Out, string Err)> PactAsync(IServiceProvider? services, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PactCli.RunAsync(args, output, error, services, Ct);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Cli_ListsAcceptsAndScaffoldsTheFifthLanguage_AndRefusesItWithoutTheRegistration()
    {
        Pact.Tests.JudgeTools.Configure();
        using var dir = new TempDirectory();
        var collection = new ServiceCollection().AddPact(new PactRuntime { Actor = "test" });
        FakeLanguage.AddTo(collection);
        await using var services = collection.BuildServiceProvider(validateScopes: true);

        var doctor = await PactAsync(services, "doctor", "--json");
        var help = await PactAsync(services, "init", "--help");
        var init = await PactAsync(services, "init", dir.Combine("p"), "--language", "fake", "--json");
        var status = await PactAsync(services, "status", dir.Combine("p"), "--json");

        using var report = JsonDocument.Parse(doctor.Out);
        var languages = report.RootElement.GetProperty("data").GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("id").GetString()).ToList();
        Assert.Equal(["python", "typescript", "javascript", "csharp", "fake"], languages);
        Assert.Contains(report.RootElement.GetProperty("data").GetProperty("tools").EnumerateArray(), t => t.GetProperty("name").GetString() == "fakec" && !t.TryGetProperty("path", out _));
        Assert.Contains("python, typescript, javascript, csharp, fake", help.Out, StringComparison.Ordinal);
        Assert.True(init.Code == 0, init.Out + init.Err);
        Assert.Contains("language: fake", File.ReadAllText(Path.Combine(dir.Combine("p"), "pact.yaml")), StringComparison.Ordinal);
        Assert.Contains("- Fake 1.0; tests with fake-test.", File.ReadAllText(Path.Combine(dir.Combine("p"), "sops.md")), StringComparison.Ordinal);
        Assert.True(status.Code == 0, status.Out + status.Err);

        var without = await PactAsync(null, "init", dir.Combine("q"), "--language", "fake");
        Assert.NotEqual(0, without.Code);
        Assert.Contains("fake", without.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Combine("q"), "pact.yaml")));
    }

    [Fact]
    public async Task Mcp_ListsAndAcceptsTheFifthLanguage_AndNamesItWhenRefusingAnother()
    {
        await using var f = await McpFixture.StartAsync(services: FakeLanguage.AddTo);

        var listed = await f.Client.ReadResourceAsync("pact://languages", cancellationToken: Ct);
        var init = await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?> { ["language"] = "fake" }, cancellationToken: Ct);
        var refused = await Assert.ThrowsAsync<McpProtocolException>(() => f.Client.CallToolAsync("pact_init", new Dictionary<string, object?> { ["language"] = "cobol" }, cancellationToken: Ct).AsTask());

        using var languages = JsonDocument.Parse(Assert.IsType<TextResourceContents>(Assert.Single(listed.Contents)).Text);
        Assert.Equal(["python", "typescript", "javascript", "csharp", "fake"], languages.RootElement.EnumerateArray().Select(l => l.GetProperty("id").GetString()).ToList());
        Assert.NotEqual(true, init.IsError);
        Assert.Equal("fake", init.StructuredContent!.Value.GetProperty("data").GetProperty("language").GetString());
        Assert.Contains("python, typescript, javascript, csharp, fake", refused.Message, StringComparison.Ordinal);
    }
}
