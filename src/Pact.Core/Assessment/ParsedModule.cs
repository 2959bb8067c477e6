namespace Pact.Assessment;

/// <summary>
/// One source file read by a language's parser: its path relative to the assessed directory, line count, top-level
/// public names and imports. <see cref="Error"/> is set when it could not be read or parsed; then only
/// <see cref="Loc"/> is known (the Python Pact counts the lines of a file that does not parse, nothing else).
/// </summary>
public sealed record ParsedModule
{
    public required string Path { get; init; }

    /// <summary>The file a finding on this module points at, when the module is not one file (a C# namespace); else null and <see cref="Path"/> is the file.</summary>
    public string? File { get; init; }

    public int Loc { get; init; }
    public int PublicFunctions { get; init; }
    public int PublicClasses { get; init; }
    public IReadOnlyList<ParsedImport> Imports { get; init; } = [];
    public string? Error { get; init; }
    public int? ErrorLine { get; init; }
}
