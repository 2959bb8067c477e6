using System.Text.RegularExpressions;

namespace Pact.Projects;

/// <summary>The component id rule of the schemas (ids become directory names), for ids that arrive outside an artifact (arguments, URIs).</summary>
public static partial class ComponentIds
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex Pattern();
}
