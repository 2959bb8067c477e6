namespace Pact.Assessment;

/// <summary>
/// One import statement as the parser saw it: <c>import a.b</c> is module "a.b" with no names; <c>from a import x, y</c>
/// is module "a" with names x and y. <see cref="Level"/> counts the leading dots of a relative import.
/// </summary>
public sealed record ParsedImport(string Module, IReadOnlyList<string> Names, bool IsFrom, int Level, int Line);
