using System.Runtime.InteropServices;

namespace Pact.Engine.Judge.Processes;

/// <summary>
/// OS accounts for the separate-user mode: a user looked up by name (through the C library, so NSS sources count,
/// not only /etc/passwd), and ownership handed to it. .NET has neither, so both are small libc calls.
/// </summary>
public static class OsUsers
{
    /// <summary>lchown's "leave the group" value, (gid_t)-1.</summary>
    public const uint KeepGroup = uint.MaxValue;

    /// <summary>This process's effective uid (0 off Unix).</summary>
    public static uint Me() => NativeIds.EffectiveUserId();

    /// <summary>The owner of <paramref name="path"/> itself (a link is not followed); null where it cannot be read.</summary>
    public static uint? OwnerOf(string path) => NativeIds.OwnerOf(path);

    /// <summary>A user's uid and primary gid, or null when no such user exists (or off Linux).</summary>
    public static (uint Uid, uint Gid)? Find(string name)
    {
        if (!OperatingSystem.IsLinux() || name.Length == 0)
        {
            return null;
        }

        var entry = GetPwNam(name);
        if (entry == IntPtr.Zero)
        {
            return null;
        }

        // struct passwd { char *pw_name; char *pw_passwd; uid_t pw_uid; gid_t pw_gid; ... }: two pointers, then two 32-bit ids.
        var offset = 2 * IntPtr.Size;
        return ((uint)Marshal.ReadInt32(entry, offset), (uint)Marshal.ReadInt32(entry, offset + 4));
    }

    /// <summary>
    /// Gives <paramref name="root"/> and everything under it to <paramref name="uid"/>. Links are not followed (lchown,
    /// and a linked directory is not entered), so nothing outside the tree changes hands.
    /// </summary>
    /// <remarks><paramref name="gid"/> <see cref="KeepGroup"/> leaves each entry's group as it is.</remarks>
    public static void GiveTree(string root, uint uid, uint gid)
    {
        Give(root, uid, gid);
        var info = new FileInfo(root);
        if (info.LinkTarget is not null || !info.Attributes.HasFlag(FileAttributes.Directory))
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false }))
        {
            Give(entry.FullName, uid, gid);
        }
    }

    private static void Give(string path, uint uid, uint gid)
    {
        if (LChown(path, uid, gid) != 0)
        {
            throw new IOException($"cannot give {path} to uid {uid}: errno {Marshal.GetLastPInvokeError()}");
        }
    }

#pragma warning disable SYSLIB1054 // Plain values and a string: no marshalling source generator needed.
    [DllImport("libc", EntryPoint = "getpwnam", SetLastError = true)]
    private static extern IntPtr GetPwNam([MarshalAs(UnmanagedType.LPUTF8Str)] string name);

    [DllImport("libc", EntryPoint = "lchown", SetLastError = true)]
    private static extern int LChown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);
#pragma warning restore SYSLIB1054
}
