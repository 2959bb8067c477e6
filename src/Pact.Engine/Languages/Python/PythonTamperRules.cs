namespace Pact.Engine.Languages.Python;

/// <summary>Python's part of the tamper scan: <c>tamper_python.py</c> reads every file with <c>ast</c>, never importing it.</summary>
public sealed class PythonTamperRules(Toolchain.Toolchain toolchain, Judge.Processes.ProcessRunner processes) : ITamperRules
{
    public bool Reads(string fileName) => fileName.EndsWith(".py", StringComparison.Ordinal);

    public Task<IReadOnlyList<TamperScanner.RawFinding>> ScanAsync(IReadOnlyList<string> files, IReadOnlyDictionary<string, string> texts, PactConfig? config, CancellationToken cancellationToken) =>
        TamperScanner.ScriptAsync(processes, "python", toolchain.Python(config), ["-I", "-c", Judge.Typed.TypedValues.Script("tamper_python.py")], files, texts, cancellationToken);
}
