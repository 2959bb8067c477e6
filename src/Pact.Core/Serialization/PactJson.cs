using System.Text.Encodings.Web;

namespace Pact.Serialization;

/// <summary>
/// The serializer context every part of Pact uses: <see cref="PactJsonContext"/>'s generated metadata with an
/// encoder that leaves '&lt;', '&gt;', '&amp;', '+' and non-ASCII text readable (artifacts are files people read, not HTML).
/// </summary>
public static class PactJson
{
    public static PactJsonContext Context { get; } = new(new JsonSerializerOptions(PactJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The same, one value per line: for JSON Lines files such as the audit log.</summary>
    public static PactJsonContext Compact { get; } = new(new JsonSerializerOptions(Context.Options) { WriteIndented = false });

    public static JsonSerializerOptions Options => Context.Options;
}
