using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Pact.Engine.Judge.Runs;

/// <summary>
/// Folders opened as themselves, for bubblewrap to bind by descriptor (<c>--ro-bind-fd</c>). Checking a path and then
/// binding it by name leaves a window in which a link swapped in for the folder (or one above it) would be bound
/// instead: the audit directory, say. A descriptor opened with <c>O_PATH|O_NOFOLLOW|O_DIRECTORY</c> and found, by
/// /proc/self/fd, to be the real path of the root followed by the very names below it is the folder that was checked,
/// whatever the path names later. Descriptors are opened close-on-exec, so no other child inherits them; the process
/// runner clears that flag only for the one bubblewrap that binds them (<see cref="Processes.ProcessRunner"/>).
/// </summary>
public static class NativeFiles
{
    private const int AtFdCwd = -100;
    private const int OPath = 0x200000;
    private const int OCloexec = 0x80000;
    private const int FGetFd = 1;
    private const int FSetFd = 2;
    private const int FdCloexec = 1;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 0x1C;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    // Where the architectures disagree: arm64 (and 32-bit arm) use the values x86 gives O_DIRECT and O_LARGEFILE.
    private static readonly bool Arm = RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm;
    private static readonly int ODirectory = Arm ? 0x4000 : 0x10000;
    private static readonly int ONoFollow = Arm ? 0x8000 : 0x20000;

    /// <summary>
    /// The folder at <paramref name="path"/> inside <paramref name="root"/>, opened without following a link; null when
    /// it is missing, not a folder, a link, or reached through one below the root (the root itself may sit behind links).
    /// </summary>
    public static SafeFileHandle? OpenDirectory(string path, string root)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var handle = Wrap(OpenAt(AtFdCwd, path, OPath | ODirectory | ONoFollow | OCloexec, 0));
        if (handle is null)
        {
            return null;
        }

        var relative = Path.GetRelativePath(root, path);
        var real = Toolchain.RuntimePath.Real(root);
        var expected = relative == "." ? real : Path.Join(real, relative);
        if (Where(handle) != expected)
        {
            handle.Dispose();
            return null;
        }

        return handle;
    }

    /// <summary>The folder <paramref name="name"/> (one name, no '/') inside the opened <paramref name="parent"/>, never through a link.</summary>
    public static SafeFileHandle? OpenDirectoryAt(SafeFileHandle parent, string name) =>
        name.Contains('/', StringComparison.Ordinal) || name is "." or ".." ? null
        : Wrap(OpenAt((int)parent.DangerousGetHandle(), name, OPath | ODirectory | ONoFollow | OCloexec, 0));

    /// <summary>
    /// The regular file <paramref name="name"/> inside the opened <paramref name="parent"/>, never through a link; null for
    /// a link, a folder, or a FIFO, socket or device (a way out of the sandbox to whoever holds its other end).
    /// </summary>
    public static SafeFileHandle? OpenFileAt(SafeFileHandle parent, string name)
    {
        if (name.Contains('/', StringComparison.Ordinal) || name is "." or "..")
        {
            return null;
        }

        var handle = Wrap(OpenAt((int)parent.DangerousGetHandle(), name, OPath | ONoFollow | OCloexec, 0));
        if (handle is null)
        {
            return null;
        }

        var buffer = new byte[256];
        if (Statx((int)handle.DangerousGetHandle(), "", AtEmptyPath, StatxType, buffer) != 0 || (MemoryMarshal.Read<ushort>(buffer.AsSpan(StatxModeOffset)) & FileTypeMask) != RegularFile)
        {
            handle.Dispose();
            return null;
        }

        return handle;
    }

    /// <summary>Where an opened descriptor really is (its /proc/self/fd link); null where that cannot be read.</summary>
    public static string? Where(SafeFileHandle handle) => new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle()}").LinkTarget;

    /// <summary>A path that reaches the opened folder itself, whatever its name says now (for listing it).</summary>
    public static string Through(SafeFileHandle handle) => $"/proc/self/fd/{handle.DangerousGetHandle()}";

    /// <summary>Lets a child started now inherit <paramref name="handle"/> (or stops it); only under the process runner's start lock.</summary>
    internal static void Inheritable(SafeFileHandle handle, bool inherit)
    {
        var fd = (int)handle.DangerousGetHandle();
        var flags = Fcntl(fd, FGetFd, 0);
        if (flags < 0 || Fcntl(fd, FSetFd, inherit ? flags & ~FdCloexec : flags | FdCloexec) < 0)
        {
            throw new IOException($"fcntl on descriptor {fd} failed (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    private static SafeFileHandle? Wrap(int fd) => fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);

#pragma warning disable SYSLIB1054 // Plain ints and a string need no marshalling source generator (and no unsafe blocks).
    [DllImport("libc", EntryPoint = "openat", SetLastError = true)]
    private static extern int OpenAt(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int fd, int command, int argument);
#pragma warning restore SYSLIB1054
}
