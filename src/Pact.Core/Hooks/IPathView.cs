namespace Pact.Hooks;

/// <summary>
/// What <see cref="ToolCallGuard"/> may ask of the filesystem, so the guard itself stays a pure function: the real
/// path behind a name, and the paths a shell glob reaches.
/// </summary>
public interface IPathView
{
    /// <summary><paramref name="fullPath"/> with every symbolic link along it resolved (the part that exists).</summary>
    string Real(string fullPath);

    /// <summary>
    /// The existing paths <paramref name="fullPattern"/> (a full path with <c>*</c>, <c>?</c> or <c>[…]</c> in some
    /// segments) matches. Where a match cannot be listed cheaply (<c>**</c>, a huge directory) the directory it
    /// starts from stands in for everything below it.
    /// </summary>
    IReadOnlyList<string> Expand(string fullPattern);
}
