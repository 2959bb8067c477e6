using ModelContextProtocol;

namespace Pact.Mcp.Tests;

/// <summary>The code role's resources never serve a file through a link: a tests/&lt;cid&gt; linked to a hidden master stays unread.</summary>
public sealed class SymlinkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("directory")]
    [InlineData("file")]
    public async Task ALinkedView_IsNotServed(string linked)
    {
        await using var solo = await McpFixture.StartAsync();
        Assert.NotEqual(true, (await solo.Client.CallToolAsync("pact_init", new Dictionary<string, object?> { ["language"] = "python" }, cancellationToken: Ct)).IsError);
        await using var code = await McpFixture.StartAsync(Hosting.McpRole.Code, project: solo.Project);
        var master = solo.Dir.Write("audit/masters/calc/contract_test_suite.json", "{\"component_id\": \"calc\", \"secret\": \"CANARY-7f3a\"}");
        var view = Path.Combine(solo.Project, "tests", "calc");
        if (linked == "directory")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(view)!);
            Directory.CreateSymbolicLink(view, Path.GetDirectoryName(master)!);
        }
        else
        {
            Directory.CreateDirectory(view);
            File.CreateSymbolicLink(Path.Combine(view, "contract_test_suite.json"), master);
        }

        var refused = await Assert.ThrowsAsync<McpProtocolException>(() => code.Client.ReadResourceAsync("pact://tests/calc", cancellationToken: Ct).AsTask());

        Assert.Contains("is a symbolic link", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CANARY", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWriteThroughALinkedDotPact_IsAnErrorResult_NamingThePath_AndNothingIsWrittenThere()
    {
        await using var f = await McpFixture.StartAsync();
        Assert.NotEqual(true, (await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?> { ["language"] = "python" }, cancellationToken: Ct)).IsError);
        var outside = f.Dir.Combine("outside");
        Directory.CreateDirectory(outside);
        Directory.Delete(Path.Combine(f.Project, ".pact"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(f.Project, ".pact"), outside);

        var result = await f.Client.CallToolAsync("pact_spec_apply", new Dictionary<string, object?> { ["spec"] = System.Text.Json.JsonDocument.Parse("{\"task\": \"Add two numbers\"}").RootElement }, cancellationToken: Ct);

        Assert.True(result.IsError == true);
        var text = result.StructuredContent!.Value.GetRawText();
        Assert.Equal("spec apply", result.StructuredContent.Value.GetProperty("command").GetString());
        Assert.Contains("path.symlink", text, StringComparison.Ordinal);
        Assert.Contains("is a symbolic link", text, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }
}
