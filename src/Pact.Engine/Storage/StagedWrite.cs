namespace Pact.Engine.Storage;

/// <summary>
/// One file a mutation will write: an absolute path and its whole new content. <see cref="Within"/> is the directory
/// the path must stay inside without links (<see cref="SafePath"/>): the project when null, the audit directory for
/// masters and locks kept there.
/// </summary>
public sealed record StagedWrite(string Path, ReadOnlyMemory<byte> Content)
{
    public string? Within { get; init; }

    /// <summary>Created 0600 (its new directories 0700): a file only the judge may read.</summary>
    public bool OwnerOnly { get; init; }

    /// <summary>Created 0444: a file Pact writes for people to read, never to edit (the generated tests' view).</summary>
    public bool ReadOnly { get; init; }

    public static StagedWrite Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
