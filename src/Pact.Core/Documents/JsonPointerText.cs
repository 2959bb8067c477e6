namespace Pact.Documents;

/// <summary>RFC 6901 pointer building: the one place that escapes "~" and "/".</summary>
public static class JsonPointerText
{
    public static string Append(string pointer, string token) =>
        $"{pointer}/{token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    public static string Append(string pointer, int index) => $"{pointer}/{index}";

    /// <summary>The pointer of the enclosing value ("" for the root itself).</summary>
    public static string Parent(string pointer)
    {
        var cut = pointer.LastIndexOf('/');
        return cut <= 0 ? "" : pointer[..cut];
    }

    /// <summary>The last reference token, unescaped.</summary>
    public static string LastToken(string pointer)
    {
        var cut = pointer.LastIndexOf('/');
        var token = cut < 0 ? pointer : pointer[(cut + 1)..];
        return token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }
}
