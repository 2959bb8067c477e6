namespace Pact.Engine.Assessment;

/// <summary>JavaScript trees: <c>.js</c>, <c>.mjs</c>, <c>.cjs</c> (Acornima) and <c>.jsx</c> (the scanner).</summary>
public sealed class JavaScriptAssessReader : IAssessReader
{
    public string Language => "javascript";

    public IReadOnlySet<string> DetectedBy => ScriptModuleReader.JavaScriptExtensions;

    public Task<AssessReading> ReadAsync(string root, CancellationToken cancellationToken) => ScriptModuleReader.ReadAsync(Language, root, ScriptModuleReader.JavaScriptExtensions, cancellationToken);
}
