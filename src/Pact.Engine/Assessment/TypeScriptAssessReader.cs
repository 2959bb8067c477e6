namespace Pact.Engine.Assessment;

/// <summary>TypeScript trees: <c>.ts</c>, <c>.tsx</c>, <c>.mts</c>, <c>.cts</c> and the JavaScript beside them (a TypeScript project often holds both).</summary>
public sealed class TypeScriptAssessReader : IAssessReader
{
    private static readonly IReadOnlySet<string> All = new HashSet<string>(ScriptModuleReader.TypeScriptExtensions.Concat(ScriptModuleReader.JavaScriptExtensions), StringComparer.Ordinal);

    public string Language => "typescript";

    public IReadOnlySet<string> DetectedBy => ScriptModuleReader.TypeScriptExtensions;

    public Task<AssessReading> ReadAsync(string root, CancellationToken cancellationToken) => ScriptModuleReader.ReadAsync(Language, root, All, cancellationToken);
}
