namespace Pact.Documents;

/// <summary>
/// What any parsed document may cost, so that hostile input (an alias bomb, a hundred thousand nested brackets) is
/// refused with a diagnostic instead of taking seconds, gigabytes or the whole stack. Every reader and every walk
/// over a parsed tree (schema evaluation, deserialization) uses these numbers, so no stage accepts what a later one
/// cannot handle.
/// </summary>
public static class DocumentLimits
{
    /// <summary>
    /// Containers nested in one another. System.Text.Json's own default, which the schema evaluation and the typed
    /// deserialization enforce anyway; Pact's artifacts need about ten.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Values YAML aliases may add beyond those written out: this many, or as many as the document writes, whichever is
    /// more. Growth stays linear in the input, which a legitimate reuse of an anchor never comes near.
    /// </summary>
    public const int MinAliasAllowance = 10_000;

    public static string DepthMessage => $"the document is nested deeper than {MaxDepth} levels";

    public const string DepthFix = "flatten the structure: no Pact artifact needs more than a few levels of nesting";
}
