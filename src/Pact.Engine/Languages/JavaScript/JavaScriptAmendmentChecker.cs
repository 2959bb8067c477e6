namespace Pact.Engine.Languages.JavaScript;

/// <summary>Reads a JavaScript amendment with node's own parser; see <see cref="ModuleAmendmentScript"/> for what it accepts.</summary>
public sealed class JavaScriptAmendmentChecker(Toolchain.Toolchain toolchain, Judge.Processes.ProcessRunner processes) : IAmendmentChecker
{

    public Task<IReadOnlyList<Redefinition>> CheckAsync(string lockedCode, string submittedCode, PactConfig? config, CancellationToken cancellationToken) =>
        AmendmentCheckers.RunScriptAsync(processes, toolchain.Node, ["--expose-internals", "--no-warnings", "-e", ModuleAmendmentScript.Source], lockedCode, submittedCode, toolchain.Describe(Toolchain.Toolchain.NodeVariable, toolchain.Node), cancellationToken);
}
