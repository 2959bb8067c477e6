using Pact.Hashing;

namespace Pact.Engine.Judge.Certification;

/// <summary>
/// Reads a judged file without following links. Checking "not a link" and then opening leaves a window in which a
/// link (at the file or at any folder above it) can be swapped in, and the bytes of whatever it points at (a hidden
/// master) would land in the snapshot and so in a sandbox. On Linux the opened descriptor is therefore asked where
/// it really is (/proc/self/fd) and must be the real path of its tree's root followed by the very names below it, so
/// a link anywhere below the root (a file or a folder) fails the read; elsewhere only the check before opening holds.
/// </summary>
public static class JudgedFile
{
    /// <summary>The bytes of a regular file at <paramref name="path"/> inside <paramref name="root"/>; null when it is missing, a link, or reached through one.</summary>
    public static byte[]? Read(string path, string root)
    {
        using var stream = Open(path, root, out var empty);
        if (stream is null)
        {
            return empty ? [] : null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The SHA-256 of a regular file inside <paramref name="root"/>, read as <see cref="Read"/> reads it but streamed; null when Read would give null.</summary>
    public static string? Sha256(string path, string root)
    {
        using var stream = Open(path, root, out var empty);
        return stream is not null ? ContentHash.OfStream(stream) : empty ? ContentHash.OfBytes([]) : null;
    }

    /// <summary>The file opened for reading after the link checks; null with <paramref name="empty"/> set for an empty entry, which is never opened.</summary>
    private static FileStream? Open(string path, string root, out bool empty)
    {
        var info = new FileInfo(path);
        empty = false;
        if (!info.Exists || info.LinkTarget is not null)
        {
            return null;
        }

        // An empty entry is never opened: a FIFO or socket looks like an empty file here, and opening one would block.
        if (info.Length == 0)
        {
            empty = true;
            return null;
        }

        // Unbuffered: every read goes straight to the caller's buffer.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        if (OperatingSystem.IsLinux() && !OpenedWhatItNames(stream, path, root))
        {
            stream.Dispose();
            return null;
        }

        return stream;
    }

    private static bool OpenedWhatItNames(FileStream stream, string path, string root)
    {
        // The root itself may sit behind links (/tmp on some systems); below it, the names must be the real ones.
        var expected = Path.Join(RealPath(root), Path.GetRelativePath(root, path));
        var opened = new FileInfo($"/proc/self/fd/{stream.SafeFileHandle.DangerousGetHandle()}").LinkTarget;
        return opened is not null && opened == expected;
    }

    /// <summary>The path with every link along it resolved (one implementation for the judge: <see cref="Toolchain.RuntimePath.Real"/>).</summary>
    internal static string RealPath(string path) => Toolchain.RuntimePath.Real(path);
}
