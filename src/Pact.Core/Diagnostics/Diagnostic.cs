namespace Pact.Diagnostics;

/// <summary>
/// One finding about an input or artifact, as data: which rule, where (file, line, JSON pointer), what is wrong and
/// how to fix it. CLI and MCP print the same records.
/// </summary>
public sealed record Diagnostic
{
    public required string Rule { get; init; }
    public required string Message { get; init; }
    public Severity Severity { get; set; } = Severity.Error;
    public string? File { get; init; }

    /// <summary>1-based line in <see cref="File"/>, when known.</summary>
    public int? Line { get; init; }
    public int? Column { get; init; }

    /// <summary>RFC 6901 pointer into the artifact ("" is the whole document).</summary>
    public string? Pointer { get; init; }
    public string? Fix { get; init; }

    public override string ToString()
    {
        var where = File is null ? "" : Line is null ? $"{File}: " : $"{File}:{Line}: ";
        var at = Pointer is null ? "" : $" at {(Pointer.Length == 0 ? "/" : Pointer)}";
        var fix = Fix is null ? "" : $" (fix: {Fix})";
        return $"{where}{Severity.ToString().ToLowerInvariant()} [{Rule}]{at}: {Message}{fix}";
    }
}
