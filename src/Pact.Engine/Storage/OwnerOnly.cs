namespace Pact.Engine.Storage;

/// <summary>
/// Directories 0700 and files 0600, set when they are created (the mode is an argument of mkdir and open), so there is
/// no moment in which another user could open them. For what only the judge may read: the audit directory, the
/// masters and locks, the signing keys.
/// </summary>
public static class OwnerOnly
{
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/> and any missing parents as 0700; an existing directory keeps its mode.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, DirectoryMode);
    }

    /// <summary>
    /// Makes <paramref name="path"/> (the audit directory's root) 0700, tightening a directory the user made beforehand
    /// with the default mode: the one place a mode is changed after the fact, because Pact did not create it.
    /// </summary>
    public static void Restrict(string path)
    {
        CreateDirectory(path);
        if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(path) != DirectoryMode)
        {
            File.SetUnixFileMode(path, DirectoryMode);
        }
    }

    /// <summary>Options that create a new file as 0600.</summary>
    public static FileStreamOptions NewFile(FileOptions options = FileOptions.None)
    {
        var create = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, Options = options };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = FileMode;
        }

        return create;
    }
}
