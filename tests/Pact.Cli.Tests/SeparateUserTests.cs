using System.Diagnostics;
using System.Text.Json;
using Pact.Mcp.Remote;

namespace Pact.Cli.Tests;

/// <summary>
/// Separate-user mode end to end with real OS users (docs/THREAT_MODEL.md C): a judge user owns the audit directory
/// and runs the judge service; an implementer user owns the project. As the implementer: the audit directory cannot
/// be read at all, test/polish/certify work through the service, the certificate verifies pinned with the audit key,
/// audit-side tools are refused to the code token, and cheats in the code under test (run by the service, as the
/// judge's user) do not reach the audit directory. Needs root (useradd, runuser); CI runs as root, so there a missing
/// privilege fails instead of skipping.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SeparateUserTests : IAsyncDisposable
{
    private const string Canary = "CANARY_sep_7f3a";
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    private readonly TempDirectory _dir = new();
    private readonly List<string> _users = [];
    private Process? _service;

    public SeparateUserTests() => JudgeTools.Configure();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Judge => "pj" + _id;
    private string Implementer => "pi" + _id;
    private string Bin => _dir.Combine("bin");
    private string Project => _dir.Combine("project");
    private string Audit => _dir.Combine("audit");
    private string Socket => _dir.Combine("run", "judge.sock");
    private string Leak => _dir.Combine("leak.txt");

    public async ValueTask DisposeAsync()
    {
        if (_service is { HasExited: false })
        {
            _service.Kill(entireProcessTree: true);
            await _service.WaitForExitAsync(CancellationToken.None);
        }

        _service?.Dispose();
        foreach (var user in _users)
        {
            await RunAsync(["userdel", "--force", user], CancellationToken.None);
        }

        _dir.Dispose();
    }

    /// <summary>The implementation: it adds correctly, and before that tries to read and write the audit directory.</summary>
    private string Implementation() => $$"""
        import glob, os
        loot = ""
        for path in [{{Py(Path.Combine(Audit, "masters", "calc", "hidden.json"))}}, {{Py(Path.Combine(Audit, "keys", "signing_key.pem"))}}, {{Py(Path.Combine(Audit, "service", "code.token"))}}] + glob.glob({{Py(Audit + "/**")}}, recursive=True):
            try:
                with open(path) as f:
                    loot += f.read()
            except Exception:
                pass
        for path in [{{Py(Path.Combine(Audit, "pwned"))}}, {{Py(Path.Combine(Project, "src", "calc", "pwned.txt"))}}, {{Py(Leak)}}]:
            try:
                with open(path, "w") as f:
                    f.write("PWNED " + loot)
            except Exception:
                pass
        if loot:
            print(loot)

        def add(a, b):
            return a + b
        """;

    private static readonly Dictionary<string, string> NoEnvironment = [];

    private static string Py(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [Fact]
    public async Task Implementer_CannotReadTheAuditDirectory_AndJudgesThroughTheService()
    {
        if (OsUsers() is { } skip)
        {
            Assert.Skip(skip);
        }

        await CreateUsersAsync();
        await CreateProjectAsync();

        // audit-init --owner as root: the audit directory becomes the judge's, with the service's tokens in it.
        var init = await Cli.InProcessAsync("audit-init", Project, "--audit-dir", Audit, "--owner", Judge);
        Assert.True(init.ExitCode == 0, init.Out + init.Err);
        Assert.Contains($"owned by {Judge}", init.Out, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Audit));
        await MustAsync(["chmod", "-R", "g+rwX", Project]); // the documented step: the judge's group may write the project
        var pinned = _dir.Combine("pinned.pem");
        File.Copy(Path.Combine(Audit, "keys", "signing_key.pub.pem"), pinned);
        File.SetUnixFileMode(pinned, (UnixFileMode)0b110_100_100); // the pinned copy is public, out of the implementer's reach to change
        var codeToken = File.ReadAllText(Path.Combine(Audit, "service", "code.token")).Trim();
        var auditToken = File.ReadAllText(Path.Combine(Audit, "service", "audit.token")).Trim();

        await StartServiceAsync();

        // The auditor locks the hidden suite through the service with the audit token.
        await using (var auditor = await new JudgeClient($"unix:{Socket}", auditToken).ConnectAsync(Ct))
        {
            var tools = (await auditor.ListToolsAsync(cancellationToken: Ct)).Select(t => t.Name).ToList();
            Assert.Contains("pact_goodhart", tools);
            var locked = await auditor.CallToolAsync("pact_goodhart", new Dictionary<string, object?> { ["component_id"] = "calc", ["suite"] = JsonDocument.Parse(HiddenSuite).RootElement.Clone(), ["project_dir"] = Project }, cancellationToken: Ct);
            Assert.True(locked.IsError != true, Text(locked));
        }

        // The code token reaches four tools and nothing audit-side.
        await using (var implementer = await new JudgeClient($"unix:{Socket}", codeToken).ConnectAsync(Ct))
        {
            var tools = (await implementer.ListToolsAsync(cancellationToken: Ct)).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(["pact_certify", "pact_polish", "pact_status", "pact_test"], tools);
            foreach (var tool in new[] { "pact_goodhart", "pact_unfreeze", "pact_tests", "pact_audit_init" })
            {
                var refused = await implementer.CallToolAsync(tool, new Dictionary<string, object?> { ["component_id"] = "calc", ["project_dir"] = Project }, cancellationToken: Ct);
                Assert.True(refused.IsError == true, tool);
                Assert.Contains("judge.audit_side", Text(refused), StringComparison.Ordinal);
            }

            Assert.Empty((await implementer.ListPromptsAsync(cancellationToken: Ct)).ToList());

            // Another project (one the implementer made, pointing at an audit directory of its own) is not served.
            var elsewhere = await implementer.CallToolAsync("pact_test", new Dictionary<string, object?> { ["project_dir"] = _dir.Combine("home-" + Implementer) }, cancellationToken: Ct);
            Assert.Contains("judge.service_pinned", Text(elsewhere), StringComparison.Ordinal);
        }

        // No token, or a guessed one: nothing at all.
        await Assert.ThrowsAnyAsync<Exception>(() => new JudgeClient($"unix:{Socket}", "guess").CallAsync("pact_status", new Dictionary<string, object?>(), Ct));

        // As the implementer's OS user: the audit directory cannot be listed or read.
        foreach (var command in new[] { new[] { "ls", Audit }, ["cat", Path.Combine(Audit, "masters", "calc", "hidden.json")], ["cat", Path.Combine(Audit, "keys", "signing_key.pem")], ["cat", Path.Combine(Audit, "service", "code.token")] })
        {
            var read = await AsAsync(Implementer, NoEnvironment, command);
            Assert.NotEqual(0, read.ExitCode);
            Assert.Contains("Permission denied", read.Err, StringComparison.Ordinal);
            Assert.DoesNotContain(Canary, read.Out, StringComparison.Ordinal);
        }

        // The cheat is real: run directly as the judge's user (no sandbox), it reads the hidden suite and writes outside.
        var direct = await AsAsync(Judge, NoEnvironment, ["/usr/bin/python3", "-B", "-c", $"exec(open({Py(Path.Combine(Project, "src", "calc", "calc.py"))}).read())"]);
        Assert.Contains(Canary, direct.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Audit, "pwned")));
        File.Delete(Path.Combine(Audit, "pwned"));
        File.Delete(Path.Combine(Project, "src", "calc", "pwned.txt"));
        File.Delete(Leak);

        // test, polish, certify as the implementer, through the service; then a pinned verify.
        var service = new Dictionary<string, string> { [JudgeClient.TargetVariable] = $"unix:{Socket}", [JudgeClient.TokenVariable] = codeToken };
        var outputs = new List<Cli.Run>();
        async Task<Cli.Run> Pact(Dictionary<string, string> environment, params string[] args)
        {
            var run = await AsAsync(Implementer, environment, ["/usr/bin/dotnet", Path.Combine(Bin, "pact.dll"), .. args]);
            outputs.Add(run);
            return run;
        }

        var test = await Pact(service, "test", Project);
        Assert.True(test.ExitCode == 0, test.Out + test.Err);
        Assert.Contains("All suites passed.", test.Out, StringComparison.Ordinal);
        var polish = await Pact(service, "polish", Project);
        Assert.True(polish.ExitCode == 0, polish.Out + polish.Err);
        Assert.Matches(@"passed\s+calc\s+hidden\s+1/1 passed", polish.Out);
        // The tamper scan flags the cheat's paths; certifying it is the auditor's decision, taken as the judge's user.
        foreach (var line in new[] { "3", "9" })
        {
            var decided = await AsAsync(Judge, NoEnvironment, ["/usr/bin/dotnet", Path.Combine(Bin, "pact.dll"), "adjudicate", Project, "calc", "tamper.python.outside_paths", "--file", "src/calc/calc.py", "--line", line, "--verdict", "allowed", "--reason", "the sandbox keeps these paths out of reach; this test proves it"]);
            Assert.True(decided.ExitCode == 0, decided.Out + decided.Err);
        }

        var certify = await Pact(service, "certify", Project);
        Assert.True(certify.ExitCode == 0, certify.Out + certify.Err);
        Assert.Contains("Certified", certify.Out, StringComparison.Ordinal);
        var envelope = JsonDocument.Parse(File.ReadAllText(Path.Combine(Project, "certification", "certification.json")));
        var statement = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(envelope.RootElement.GetProperty("payload").GetString()!));
        Assert.Contains("\"isolation\":\"bwrap\"", statement, StringComparison.Ordinal); // the service's runs were confined
        var verify = await Pact([], "certify", Project, "--verify", "--key", pinned);
        Assert.True(verify.ExitCode == 0, verify.Out + verify.Err);
        Assert.Contains("pinned", verify.Out, StringComparison.Ordinal);

        // The implementer's code-role MCP server (stdio, as the implementer) forwards its judging tools to the service.
        var stdio = AsStartInfo(Implementer, service, ["/usr/bin/dotnet", Path.Combine(Bin, "pact.dll"), "mcp", "--role", "code", "--project-dir", Project]);
        await using (var agent = await ModelContextProtocol.Client.McpClient.CreateAsync(
            new ModelContextProtocol.Client.StdioClientTransport(new() { Name = "pact", Command = stdio.FileName, Arguments = [.. stdio.ArgumentList], WorkingDirectory = _dir.Path }),
            new ModelContextProtocol.Client.McpClientOptions { ProtocolVersion = "2025-11-25" },
            cancellationToken: Ct))
        {
            var tested = await agent.CallToolAsync("pact_test", new Dictionary<string, object?>(), cancellationToken: Ct);
            Assert.True(tested.IsError != true, Text(tested));
            Assert.Contains("\"all_passed\": true", Text(tested), StringComparison.Ordinal);
            var polished = await agent.CallToolAsync("pact_polish", new Dictionary<string, object?>(), cancellationToken: Ct);
            Assert.True(polished.IsError != true, Text(polished));
            Assert.DoesNotContain(Canary, Text(tested) + Text(polished), StringComparison.Ordinal);
        }

        // Audit-side commands are refused on the implementer's side, naming the auditor.
        var goodhart = await Pact(service, "goodhart", Project, "calc", "--file", _dir.Combine("hidden.json"));
        Assert.Equal(1, goodhart.ExitCode);
        Assert.Contains("authority.required", goodhart.Err, StringComparison.Ordinal);
        Assert.Contains("auditor", goodhart.Err, StringComparison.Ordinal);

        // Re-pointing audit_dir in pact.yaml (the implementer's file) at a directory of its own: the service refuses.
        var yaml = Path.Combine(Project, "pact.yaml");
        var original = File.ReadAllText(yaml);
        var repoint = await AsAsync(Implementer, NoEnvironment, ["/bin/sed", "-i", $"s|{Audit}|{_dir.Combine("home-" + Implementer, "mine")}|", yaml]);
        Assert.True(repoint.ExitCode == 0, repoint.Err);
        Assert.NotEqual(original, File.ReadAllText(yaml));
        var repointed = await Pact(service, "test", Project);
        Assert.Equal(1, repointed.ExitCode);
        Assert.Contains("judge.service_pinned", repointed.Err + repointed.Out, StringComparison.Ordinal);
        File.WriteAllText(yaml, original);

        // Without the service the implementer's own pact cannot judge: it cannot read the audit directory.
        var local = await Pact([], "polish", Project);
        Assert.Equal(1, local.ExitCode);
        Assert.Contains("judge.service_required", local.Err, StringComparison.Ordinal);

        // The cheat ran under the service (as the judge's user, in the sandbox) and reached nothing.
        foreach (var run in outputs)
        {
            Assert.DoesNotContain(Canary, run.Out + run.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("PRIVATE KEY", run.Out + run.Err, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(Audit, "pwned")), "the code under test wrote into the audit directory");
        Assert.False(File.Exists(Path.Combine(Project, "src", "calc", "pwned.txt")), "the code under test wrote into the project");
        Assert.False(File.Exists(Leak), "the code under test wrote outside its sandbox");
        foreach (var file in Directory.EnumerateFiles(Project, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Canary, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AuditInit_Owner_RefusesAnUnknownUser()
    {
        if (OsUsers() is { } skip)
        {
            Assert.Skip(skip);
        }

        Assert.Equal(0, (await Cli.InProcessAsync("init", Project, "--language", "python")).ExitCode);

        var run = await Cli.InProcessAsync("audit-init", Project, "--audit-dir", Audit, "--owner", "nosuch" + _id);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("audit.owner_unknown", run.Out + run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Audit));
    }

    /// <summary>Why the test cannot run here, or null. Under CI=true nothing may be missing: the test fails instead.</summary>
    private static string? OsUsers()
    {
        string? missing = !OperatingSystem.IsLinux() ? "separate-user mode is Linux only"
            : Pact.Engine.Judge.Processes.OsUsers.Me() != 0 ? "creating OS users needs root"
            : !File.Exists("/usr/sbin/useradd") || !File.Exists("/usr/sbin/runuser") ? "useradd and runuser are needed"
            : !File.Exists("/usr/bin/dotnet") ? "the judge's user runs /usr/bin/dotnet, which is not installed"
            : null;
        Assert.False(missing is not null && Environment.GetEnvironmentVariable("CI") == "true", $"CI=true but {missing}");
        return missing;
    }

    private async Task CreateUsersAsync()
    {
        // The base directory and the build are readable by both users; the audit directory will be the judge's alone.
        File.SetUnixFileMode(_dir.Path, (UnixFileMode)0b111_101_101);
        CopyTree(AppContext.BaseDirectory, Bin);
        foreach (var (user, extra) in new[] { (Implementer, Array.Empty<string>()), (Judge, ["-G", Implementer]) })
        {
            var home = _dir.Combine("home-" + user);
            var add = await RunAsync(["useradd", "--create-home", "--home-dir", home, "--shell", "/bin/sh", "--user-group", .. extra, user], Ct);
            Assert.True(add.ExitCode == 0, add.Err);
            _users.Insert(0, user);
        }

        Directory.CreateDirectory(_dir.Combine("run"));
        await MustAsync(["chown", $"{Judge}:{Judge}", _dir.Combine("run")]);
    }

    /// <summary>The project, the implementer's: readable and writable by its group, which the judge's user is in.</summary>
    private async Task CreateProjectAsync()
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project, "--language", "python")).ExitCode);
        _dir.Write("project/task.md", "Build calc so that its suites pass.\n");
        _dir.Write("project/contracts/calc/interface.json", """
            { "component_id": "calc", "name": "calc", "description": "component calc", "dependencies": [],
              "invariants": ["results are deterministic"],
              "functions": [ { "name": "add", "description": "adds two integers", "inputs": [], "output_type": "int", "postconditions": ["add(a, b) == a + b"] } ] }
            """);
        _dir.Write("project/decomposition/tree.json", """{ "root_id": "calc", "nodes": { "calc": { "component_id": "calc", "name": "calc", "description": "component calc", "depth": 0, "parent_id": "" } } }""");
        _dir.Write("project/src/calc/calc.py", Implementation() + FixtureEvents.Python("calc", "add"));
        var visible = _dir.Write("visible.yaml", """
            component_id: calc
            contract_version: 1
            test_cases:
              - { id: test_add, description: adds two numbers, function: add, category: happy_path }
            generated_code: |
              from calc import add
              def test_add():
                  assert add(2, 3) == 5
            """);
        _dir.Write("hidden.json", HiddenSuite);
        var tests = await Cli.InProcessAsync("tests", Project, "calc", "--file", visible);
        Assert.True(tests.ExitCode == 0, tests.Out + tests.Err);

        await MustAsync(["chown", "-R", $"{Implementer}:{Implementer}", Project]);
        await MustAsync(["chmod", "-R", "g+rwX", Project]);
        await MustAsync(["find", Project, "-type", "d", "-exec", "chmod", "g+s", "{}", "+"]);
    }

    private static string HiddenSuite => $$"""
        { "component_id": "calc", "contract_version": 1,
          "test_cases": [ { "id": "test_goodhart_big", "description": "adds large numbers {{Canary}}", "function": "add", "category": "invariant",
                            "input_values": { "a": "40" }, "expected_output_description": "42 {{Canary}}" } ],
          "generated_code": "from calc import add\ndef test_goodhart_big():\n    assert add(40, 2) == 42, \"{{Canary}}\"\n" }
        """;

    private async Task StartServiceAsync()
    {
        var info = AsStartInfo(Judge, NoEnvironment, ["/usr/bin/dotnet", Path.Combine(Bin, "pact.dll"), "mcp", "--role", "audit", "--audit-dir", Audit, "--project-dir", Project, "--socket", Socket]);
        _service = Process.Start(info)!;
        var err = _service.StandardError.ReadToEndAsync(Ct);
        _ = _service.StandardOutput.ReadToEndAsync(Ct);
        for (var i = 0; i < 600 && !File.Exists(Socket) && !_service.HasExited; i++)
        {
            await Task.Delay(100, Ct);
        }

        Assert.True(File.Exists(Socket), $"the judge service did not start: {(_service.HasExited ? await err : "no socket after 60 s")}");
    }

    /// <summary>Runs <paramref name="command"/> as <paramref name="user"/> with a clean environment (theirs, not root's).</summary>
    private async Task<Cli.Run> AsAsync(string user, IReadOnlyDictionary<string, string> environment, string[] command)
    {
        using var process = Process.Start(AsStartInfo(user, environment, command))!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return new Cli.Run(process.ExitCode, await output, await error);
    }

    private ProcessStartInfo AsStartInfo(string user, IReadOnlyDictionary<string, string> environment, string[] command)
    {
        var info = new ProcessStartInfo("/usr/sbin/runuser") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _dir.Path };
        var home = _dir.Combine("home-" + user);
        string[] variables = [$"HOME={home}", "PATH=/usr/bin:/bin", "DOTNET_NOLOGO=1", "DOTNET_CLI_TELEMETRY_OPTOUT=1", "PACT_PYTHON=/usr/bin/python3", .. environment.Select(e => $"{e.Key}={e.Value}")];
        foreach (var arg in (string[])["-u", user, "--", "/usr/bin/env", "-i", .. variables, .. command])
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    private static async Task MustAsync(string[] command)
    {
        var run = await RunAsync(command, TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, $"{string.Join(' ', command)}: {run.Err}");
    }

    private static async Task<Cli.Run> RunAsync(string[] command, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in command[1..])
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new Cli.Run(process.ExitCode, await output, await error);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories).Prepend(from))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private static string Text(ModelContextProtocol.Protocol.CallToolResult result) =>
        string.Join(" ", result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(b => b.Text));
}
