namespace Pact.Gates.Text;

/// <summary>The anti-cliché rule for rationales (reference C.2): at least 20 characters and none of 16 stock phrases.</summary>
public static class RationaleQuality
{
    public const int MinimumLength = 20;

    public static readonly IReadOnlyList<string> BannedPhrases =
    [
        "handles data", "manages stuff", "processes information", "for various purposes", "as needed", "general use",
        "handles all", "manages all", "processes all", "data handling", "data management", "data processing",
        "needed for functionality", "required for operation", "used internally", "for internal use",
    ];

    /// <summary>The first banned phrase <paramref name="text"/> contains (case-insensitive), or null.</summary>
    public static string? VaguePhrase(string text) =>
        BannedPhrases.FirstOrDefault(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
}
