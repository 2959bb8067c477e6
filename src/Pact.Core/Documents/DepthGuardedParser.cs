using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pact.Documents;

/// <summary>
/// The event stream YamlDotNet's representation model loads from, with the nesting counted as it goes. The loader
/// builds nodes by recursion, one level of stack per level of nesting, so the depth must be cut here, before the
/// loader descends, and not in a walk over the loaded tree (by then the stack has already overflowed).
/// </summary>
internal sealed class DepthGuardedParser(IParser inner) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Scalars, aliases and containers read: the size of the document as written.</summary>
    public int Nodes { get; private set; }

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart:
                Nodes++;
                if (++_depth > DocumentLimits.MaxDepth)
                {
                    throw new YamlLimitException(inner.Current.Start, "input.yaml_too_deep", DocumentLimits.DepthMessage, DocumentLimits.DepthFix);
                }

                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
            case Scalar or AnchorAlias:
                Nodes++;
                break;
        }

        return true;
    }
}
