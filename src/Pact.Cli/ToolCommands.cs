namespace Pact.Cli;

/// <summary>
/// The commands the one program is installed as (pack.sh): <c>pact</c>; <c>pact-mcp</c>, which is <c>pact mcp</c>;
/// and <c>pact-sim "claim"</c>, which is <c>pact review --sim-only --claim "claim"</c> in the project the current
/// directory is in (the seed's packaged Simulacrum, through the same path as every backend review).
/// </summary>
public static class ToolCommands
{
    public const string Mcp = "pact-mcp";
    public const string Sim = "pact-sim";

    public static string[] Arguments(string tool, string[] args) => tool switch
    {
        Mcp => ["mcp", .. args],
        // The claim comes first, as the seed's `pact-sim "<claim>"`; anything after it is review's own options.
        Sim when args is [var claim, .. var rest] && !claim.StartsWith('-') => ["review", "--sim-only", "--claim", claim, .. rest],
        Sim => ["review", "--sim-only", .. args],
        _ => args,
    };
}
