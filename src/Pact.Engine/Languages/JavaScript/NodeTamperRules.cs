namespace Pact.Engine.Languages.JavaScript;

/// <summary>
/// The tamper scan of JavaScript and TypeScript files: <c>tamper-js.cjs</c> in node parses them with acorn, after
/// the pinned TypeScript compiler strips the types. A record, so JavaScript's and TypeScript's rules are equal and
/// one node process reads both kinds of file.
/// </summary>
public sealed record NodeTamperRules(Toolchain.Toolchain Toolchain, Judge.Processes.ProcessRunner Processes) : ITamperRules
{
    private static readonly string[] Extensions = [".js", ".mjs", ".cjs", ".ts"];

    public bool Reads(string fileName) => Extensions.Any(e => fileName.EndsWith(e, StringComparison.Ordinal));

    public Task<IReadOnlyList<TamperScanner.RawFinding>> ScanAsync(IReadOnlyList<string> files, IReadOnlyDictionary<string, string> texts, PactConfig? config, CancellationToken cancellationToken)
    {
        var node = new List<string> { "--expose-internals", "--no-warnings", "-e", Judge.Typed.TypedValues.Script("tamper-js.cjs") };
        if (Toolchain.Tsc is { } tsc)
        {
            node.Add(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(tsc))!, "..", "lib", "typescript.js")));
        }

        return TamperScanner.ScriptAsync(Processes, "node", Toolchain.Node, node, files, texts, cancellationToken);
    }
}
