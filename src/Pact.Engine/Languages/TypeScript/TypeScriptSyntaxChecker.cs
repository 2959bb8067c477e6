using System.Text.Json;
using Pact.Configuration;
using Pact.Gates;
using Pact.Suites;

namespace Pact.Engine.Languages.TypeScript;

/// <summary>
/// TypeScript parses when the pinned compiler finds no syntactic error (its <c>transpileModule</c> reports only those:
/// a syntax check must not fail on imports of code that does not exist yet). Needs <c>PACT_TSC</c> or tsc on PATH.
/// </summary>
public sealed class TypeScriptSyntaxChecker(Toolchain.Toolchain toolchain) : ISyntaxChecker
{
    private const string Script = """
        const ts = require(process.argv[1]);
        let source = "";
        process.stdin.setEncoding("utf8");
        process.stdin.on("data", c => source += c);
        process.stdin.on("end", () => {
          const out = ts.transpileModule(source, { reportDiagnostics: true, fileName: "suite.test.ts", compilerOptions: { target: ts.ScriptTarget.ES2022 } });
          const d = (out.diagnostics || [])[0];
          if (!d) { console.log(JSON.stringify({ ok: true })); return; }
          const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : null;
          console.log(JSON.stringify({ ok: false, error: ts.flattenDiagnosticMessageText(d.messageText, " "), line }));
        });
        """;

    public TestLanguage Language => TestLanguage.Typescript;

    public async Task<SyntaxCheck> CheckAsync(string code, PactConfig? config, CancellationToken cancellationToken)
    {
        if (toolchain.Tsc is not { } tsc)
        {
            return SyntaxCheck.Failed($"no TypeScript compiler: set {Toolchain.Toolchain.TscVariable} to the path of tsc (e.g. tools/node_modules/typescript/bin/tsc)");
        }
        // bin/tsc sits beside lib/typescript.js, the compiler API.
        var api = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(tsc))!, "..", "lib", "typescript.js"));
        var run = await ToolProcess.RunAsync(toolchain.Node, ["-e", Script, api], code, SyntaxCheckers.Timeout, cancellationToken);
        if (!run.Started || run.TimedOut || run.ExitCode != 0)
        {
            return SyntaxCheckers.ToolFailed(run, $"the TypeScript compiler API at {api}");
        }
        using var verdict = JsonDocument.Parse(run.Output);
        var root = verdict.RootElement;
        return root.GetProperty("ok").GetBoolean()
            ? SyntaxCheck.Parsed
            : SyntaxCheck.Failed(root.GetProperty("error").GetString() ?? "syntax error", root.GetProperty("line").ValueKind == JsonValueKind.Number ? root.GetProperty("line").GetInt32() : null);
    }
}
