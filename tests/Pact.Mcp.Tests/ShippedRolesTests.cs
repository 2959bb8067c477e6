using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Pact.Mcp.Tests;

/// <summary>
/// The servers agents install, started exactly as the shipped mcp.json and plugin/.mcp.json say (the real CLI, its
/// stdio through the SDK's stream transport): the implementer's <c>pact</c> lists nothing that writes the law, and
/// the auditor's <c>pact-audit</c> lists the law-writing tools but nothing that writes implementation. The arguments
/// are read from the files, so changing them there is what this test judges.
/// </summary>
public sealed class ShippedRolesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What the implementer must not have: the tools that write plans, contracts, suites and verdicts.</summary>
    private static readonly string[] AuditSide = ["pact_goodhart", "pact_tests", "pact_contract", "pact_decompose", "pact_interview", "pact_shape", "pact_spec_apply", "pact_unfreeze", "pact_adjudicate", "pact_audit_init", "pact_init", "pact_import"];

    /// <summary>
    /// Everything the auditor's server may change: the law, the judge's own records and the production pack (governance
    /// YAML and the manifest's fingerprint, never source). Any other writing tool would be a way to write implementation.
    /// </summary>
    private static readonly string[] AuditorMayChange =
    [
        "pact_init", "pact_spec_apply", "pact_interview", "pact_shape", "pact_decompose", "pact_contract", "pact_tests", "pact_goodhart",
        "pact_freeze", "pact_unfreeze", "pact_adjudicate", "pact_audit_init", "pact_sync", "pact_test", "pact_polish", "pact_certify",
        "pact_analyze", "pact_checklist", "pact_tasks", "pact_health_record", "pact_review", "pact_review_adjudicate",
        "pact_production_init", "pact_production_fingerprint", "pact_import",
        // The person's gates: the user answers them on an elicitation form, and they write approvals, never code.
        "pact_approve",
    ];

    public static TheoryData<string> ShippedFiles => new() { "mcp.json", "plugin/.mcp.json" };

    private static string[] Args(string file, string server)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, file)));
        var entry = json.RootElement.GetProperty("mcpServers").GetProperty(server);
        Assert.Equal("pact", entry.GetProperty("command").GetString());
        return entry.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();
    }

    private async Task<IList<McpClientTool>> ToolsAsync(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir.Path, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Repository.PactDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        _ = process.StandardError.ReadToEndAsync(Ct);
        try
        {
            await using var client = await McpClient.CreateAsync(new StreamClientTransport(process.StandardInput.BaseStream, process.StandardOutput.BaseStream), cancellationToken: Ct);
            return await client.ListToolsAsync(cancellationToken: Ct);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public async Task ThePactServer_ListsNoAuditSideTool(string file)
    {
        var names = (await ToolsAsync(Args(file, "pact"))).Select(t => t.Name).ToList();

        Assert.Contains("pact_test", names);
        Assert.Contains("pact_polish", names);
        foreach (var tool in AuditSide)
        {
            Assert.DoesNotContain(tool, names);
        }
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public async Task ThePactAuditServer_WritesTheLaw_AndNoImplementation(string file)
    {
        var tools = await ToolsAsync(Args(file, "pact-audit"));
        var names = tools.Select(t => t.Name).ToList();

        foreach (var tool in new[] { "pact_goodhart", "pact_tests", "pact_contract", "pact_adjudicate", "pact_unfreeze", "pact_audit_init" })
        {
            Assert.Contains(tool, names);
        }

        var writing = tools.Where(t => t.ProtocolTool.Annotations?.ReadOnlyHint != true).Select(t => t.Name);
        Assert.Empty(writing.Except(AuditorMayChange));
    }
}
