using Pact.Engine.Languages.JavaScript;

namespace Pact.Engine.Languages.TypeScript;

/// <summary>
/// Reads a TypeScript amendment as the JavaScript the pinned compiler makes of it (imports kept as written), so a
/// runtime effect hidden behind TypeScript syntax (<c>(assert as any).equal = …</c>, a namespace, an enum) is seen
/// as the statement it becomes. Declarations that exist only for the type checker leave no JavaScript and are ignored.
/// </summary>
public sealed class TypeScriptAmendmentChecker(Toolchain.Toolchain toolchain, Judge.Processes.ProcessRunner processes) : IAmendmentChecker
{

    public Task<IReadOnlyList<Redefinition>> CheckAsync(string lockedCode, string submittedCode, PactConfig? config, CancellationToken cancellationToken)
    {
        if (toolchain.Tsc is not { } tsc)
        {
            return Task.FromResult<IReadOnlyList<Redefinition>>([new Redefinition("", null, $"no TypeScript compiler to read the amendment with: set {Toolchain.Toolchain.TscVariable}")]);
        }

        // bin/tsc sits beside lib/typescript.js, the compiler API.
        var api = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(tsc))!, "..", "lib", "typescript.js"));
        return AmendmentCheckers.RunScriptAsync(processes, toolchain.Node, ["--expose-internals", "--no-warnings", "-e", ModuleAmendmentScript.Source, api], lockedCode, submittedCode, $"the TypeScript compiler API at {api}", cancellationToken);
    }
}
