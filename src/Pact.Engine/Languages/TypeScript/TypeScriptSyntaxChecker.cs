using Pact.Gates;

namespace Pact.Engine.Languages.TypeScript;

/// <summary>
/// TypeScript parses when the pinned compiler finds no syntactic error (its <c>transpileModule</c> reports only those:
/// a syntax check must not fail on imports of code that does not exist yet). Needs <c>PACT_TSC</c> or tsc on PATH.
/// </summary>
public sealed class TypeScriptSyntaxChecker(Toolchain.Toolchain toolchain, ProcessRunner processes) : ISyntaxChecker
{
    /// <summary>Transpiles each source of the JSON array on stdin and prints one verdict per source, with its first error.</summary>
    private const string Script = """
        const ts = require(process.argv[1]);
        const sources = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
        console.log(JSON.stringify(sources.map(source => {
          const out = ts.transpileModule(source, { reportDiagnostics: true, fileName: "suite.test.ts", compilerOptions: { target: ts.ScriptTarget.ES2022 } });
          const d = (out.diagnostics || [])[0];
          if (!d) return { ok: true };
          const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : null;
          return { ok: false, error: ts.flattenDiagnosticMessageText(d.messageText, " "), line };
        })));
        """;

    public async Task<SyntaxCheck> CheckAsync(string code, PactConfig? config, CancellationToken cancellationToken) =>
        (await CheckAllAsync([code], config, cancellationToken))[0];

    /// <summary>All sources in one node process that loads the compiler once (loading it is most of a check's time).</summary>
    public async Task<IReadOnlyList<SyntaxCheck>> CheckAllAsync(IReadOnlyList<string> codes, PactConfig? config, CancellationToken cancellationToken)
    {
        if (toolchain.Tsc is not { } tsc)
        {
            var missing = SyntaxCheck.ToolUnavailable("no TypeScript compiler was found", toolchain.TscEntry.Install);
            return [.. codes.Select(_ => missing)];
        }
        // bin/tsc sits beside lib/typescript.js, the compiler API.
        var api = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(tsc))!, "..", "lib", "typescript.js"));
        var input = JsonSerializer.Serialize(codes, PactJson.Context.IReadOnlyListString);
        var run = await processes.RunAsync(ProcessSpec.Tool(toolchain.Node, ["-e", Script, api], input, SyntaxCheckers.Timeout), cancellationToken);
        if (!run.Started || run.TimedOut || run.ExitCode != 0)
        {
            var failed = SyntaxCheckers.ToolFailed(run, $"the TypeScript compiler API at {api}", toolchain.TscEntry.Install);
            return [.. codes.Select(_ => failed)];
        }
        return SyntaxCheckers.Verdicts(run, codes.Count, $"the TypeScript compiler API at {api}", "syntax error");
    }
}
