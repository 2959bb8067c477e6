namespace Pact.Engine.Judge.Tamper;

/// <summary>
/// One language's part of the tamper scan: which implementation files it reads, and its findings in them. Rules of
/// languages that share a parser (JavaScript and TypeScript) compare equal, so the scan runs that parser once.
/// </summary>
public interface ITamperRules
{
    /// <summary>True for a file name (with extension) these rules read.</summary>
    bool Reads(string fileName);

    /// <summary>Findings in <paramref name="files"/> (relative to the project root; their text in <paramref name="texts"/>); a parser that cannot run reports <see cref="TamperScanner.ScanFailed"/>.</summary>
    Task<IReadOnlyList<TamperScanner.RawFinding>> ScanAsync(IReadOnlyList<string> files, IReadOnlyDictionary<string, string> texts, PactConfig? config, CancellationToken cancellationToken);
}
