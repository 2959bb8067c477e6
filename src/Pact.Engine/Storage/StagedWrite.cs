using System.Text;

namespace Pact.Engine.Storage;

/// <summary>One file a mutation will write: an absolute path and its whole new content.</summary>
public sealed record StagedWrite(string Path, ReadOnlyMemory<byte> Content)
{
    public static StagedWrite Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
