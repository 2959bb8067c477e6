using YamlDotNet.Core;

namespace Pact.Documents;

/// <summary>
/// Stops YamlDotNet's loader the moment the input breaks a <see cref="DocumentLimits"/> rule; caught in
/// <see cref="YamlReader"/> and turned into a diagnostic, never seen outside it.
/// </summary>
internal sealed class YamlLimitException(Mark at, string rule, string message, string fix) : Exception(message)
{
    public Mark At { get; } = at;

    public string Rule { get; } = rule;

    public string Fix { get; } = fix;
}
