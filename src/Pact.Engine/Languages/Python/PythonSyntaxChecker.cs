using Pact.Gates;

namespace Pact.Engine.Languages.Python;

/// <summary>Python code parses when the configured interpreter's <c>ast.parse</c> accepts it (code passed on stdin).</summary>
public sealed class PythonSyntaxChecker(Toolchain.Toolchain toolchain, ProcessRunner processes) : ISyntaxChecker
{
    private const string Script = """
        import ast, json, sys
        def check(source):
            try:
                ast.parse(source)
                return {"ok": True}
            except SyntaxError as e:
                return {"ok": False, "error": e.msg or "invalid syntax", "line": e.lineno}
        sources = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        print(json.dumps([check(s) for s in sources]))
        """;

    public async Task<SyntaxCheck> CheckAsync(string code, PactConfig? config, CancellationToken cancellationToken) =>
        (await CheckAllAsync([code], config, cancellationToken))[0];

    /// <summary>All sources in one interpreter: starting Python once per suite dominated `pact validate` on big projects.</summary>
    public async Task<IReadOnlyList<SyntaxCheck>> CheckAllAsync(IReadOnlyList<string> codes, PactConfig? config, CancellationToken cancellationToken)
    {
        var python = toolchain.Python(config);
        var input = JsonSerializer.Serialize(codes, PactJson.Context.IReadOnlyListString);
        var run = await processes.RunAsync(ProcessSpec.Tool(python, ["-I", "-c", Script], input, SyntaxCheckers.Timeout), cancellationToken);
        if (!run.Started || run.TimedOut || run.ExitCode != 0)
        {
            var failed = SyntaxCheckers.ToolFailed(run, toolchain.Describe(Toolchain.Toolchain.PythonVariable, python), toolchain.PythonEntry(config).Install);
            return [.. codes.Select(_ => failed)];
        }
        return SyntaxCheckers.Verdicts(run, codes.Count, toolchain.Describe(Toolchain.Toolchain.PythonVariable, python), "invalid syntax");
    }
}
