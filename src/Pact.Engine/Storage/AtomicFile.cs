namespace Pact.Engine.Storage;

/// <summary>
/// Writes that never leave a half-written file: the bytes go to a temporary file in the same directory, are flushed
/// to disk (fsync), and the temporary file is renamed over the target. A reader sees the old file or the new one.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes and syncs a temporary sibling of <paramref name="path"/>; <see cref="Commit"/> renames it into place
    /// (the rename keeps the temporary's mode). <paramref name="ownerOnly"/>: directories made 0700, the file 0600.
    /// </summary>
    public static async Task<string> StageAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken, bool ownerOnly = false)
    {
        var directory = Path.GetDirectoryName(path) ?? throw new ArgumentException($"no directory in '{path}'", nameof(path));
        if (ownerOnly)
        {
            OwnerOnly.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory);
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using var stream = ownerOnly
                ? new FileStream(temp, OwnerOnly.NewFile(FileOptions.Asynchronous))
                : new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
            await stream.WriteAsync(content, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        return temp;
    }

    public static void Commit(string temp, string path) => File.Move(temp, path, overwrite: true);

    public static void Discard(string temp)
    {
        if (File.Exists(temp))
        {
            File.Delete(temp);
        }
    }

    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        Commit(await StageAsync(path, content, cancellationToken), path);
}
