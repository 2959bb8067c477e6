using System.Text.Json;
using Pact.Configuration;
using Pact.Gates;
using Pact.Suites;

namespace Pact.Engine.Languages.Python;

/// <summary>Python code parses when the configured interpreter's <c>ast.parse</c> accepts it (code passed on stdin).</summary>
public sealed class PythonSyntaxChecker(Toolchain.Toolchain toolchain) : ISyntaxChecker
{
    private const string Script = """
        import ast, json, sys
        source = sys.stdin.buffer.read().decode("utf-8")
        try:
            ast.parse(source)
            print(json.dumps({"ok": True}))
        except SyntaxError as e:
            print(json.dumps({"ok": False, "error": e.msg or "invalid syntax", "line": e.lineno}))
        """;

    public TestLanguage Language => TestLanguage.Python;

    public async Task<SyntaxCheck> CheckAsync(string code, PactConfig? config, CancellationToken cancellationToken)
    {
        var python = toolchain.Python(config);
        var run = await ToolProcess.RunAsync(python, ["-I", "-c", Script], code, SyntaxCheckers.Timeout, cancellationToken);
        if (!run.Started || run.TimedOut || run.ExitCode != 0)
        {
            return SyntaxCheckers.ToolFailed(run, toolchain.Describe(Toolchain.Toolchain.PythonVariable, python));
        }
        using var verdict = JsonDocument.Parse(run.Output);
        var root = verdict.RootElement;
        return root.GetProperty("ok").GetBoolean()
            ? SyntaxCheck.Parsed
            : SyntaxCheck.Failed(root.GetProperty("error").GetString() ?? "invalid syntax", root.GetProperty("line").ValueKind == JsonValueKind.Number ? root.GetProperty("line").GetInt32() : null);
    }
}
