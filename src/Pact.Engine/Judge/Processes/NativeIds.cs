using System.Runtime.InteropServices;

namespace Pact.Engine.Judge.Processes;

/// <summary>
/// The user ids the sandbox checks compare: Pact's own, and a path's owner. .NET exposes no file owner, so it is
/// read with <c>statx</c>, whose struct has one layout on every Linux architecture (unlike <c>stat</c>).
/// </summary>
internal static class NativeIds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxUid = 0x8;
    private const int StatxUidOffset = 20;

    public static uint EffectiveUserId() => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? GetEuid() : 0;

    /// <summary>The owner of <paramref name="path"/> itself (a link is not followed); null where it cannot be read.</summary>
    public static uint? OwnerOf(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        return Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxUid, buffer) == 0
            ? MemoryMarshal.Read<uint>(buffer.AsSpan(StatxUidOffset))
            : null;
    }

#pragma warning disable SYSLIB1054 // Plain ints and a byte buffer need no marshalling source generator (and no unsafe blocks).
    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEuid();

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
}
