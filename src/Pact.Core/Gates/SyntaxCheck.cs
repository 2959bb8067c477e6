namespace Pact.Gates;

/// <summary>Whether a piece of code parses in its language; <see cref="Error"/> says where and why when it does not.</summary>
public sealed record SyntaxCheck
{
    public required bool Ok { get; init; }
    public string Error { get; init; } = "";
    /// <summary>1-based line of the first error, when the parser reports one.</summary>
    public int? Line { get; init; }

    /// <summary>
    /// The check did not run (the parser's toolchain is missing, broken or too slow): nothing is known about the code,
    /// and <see cref="Fix"/> says how to install or configure the tool. Reported as that, never as the code's fault.
    /// </summary>
    public bool NotRun { get; init; }
    public string Fix { get; init; } = "";

    public static SyntaxCheck Parsed { get; } = new() { Ok = true };

    public static SyntaxCheck ToolUnavailable(string error, string fix) => new() { Ok = false, NotRun = true, Error = error, Fix = fix };

    public static SyntaxCheck Failed(string error, int? line = null) => new() { Ok = false, Error = error, Line = line };
}
