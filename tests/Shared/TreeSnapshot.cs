using System.Security.Cryptography;

namespace Pact.Tests;

/// <summary>Every file under a directory with its SHA-256: compare two snapshots to prove a refused command changed nothing.</summary>
public static class TreeSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string root)
    {
        if (!Directory.Exists(root))
        {
            return new Dictionary<string, string>();
        }

        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(root, f),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
                StringComparer.Ordinal);
    }

    public static void AssertUnchanged(IReadOnlyDictionary<string, string> before, string root)
    {
        var after = Of(root);
        var added = after.Keys.Except(before.Keys).ToList();
        var removed = before.Keys.Except(after.Keys).ToList();
        var changed = before.Keys.Intersect(after.Keys).Where(k => before[k] != after[k]).ToList();
        Assert.True(added.Count + removed.Count + changed.Count == 0,
            $"the tree changed: added [{string.Join(", ", added)}], removed [{string.Join(", ", removed)}], changed [{string.Join(", ", changed)}]");
    }
}
