namespace Pact.Gates;

/// <summary>Whether a piece of code parses in its language; <see cref="Error"/> says where and why when it does not.</summary>
public sealed record SyntaxCheck
{
    public required bool Ok { get; init; }
    public string Error { get; init; } = "";
    /// <summary>1-based line of the first error, when the parser reports one.</summary>
    public int? Line { get; init; }

    public static SyntaxCheck Parsed { get; } = new() { Ok = true };

    public static SyntaxCheck Failed(string error, int? line = null) => new() { Ok = false, Error = error, Line = line };
}
