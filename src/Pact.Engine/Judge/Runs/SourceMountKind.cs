namespace Pact.Engine.Judge.Runs;

/// <summary>How a <see cref="SourceMount"/> shows its place.</summary>
public enum SourceMountKind
{
    /// <summary>The folder or file as opened and checked, read-only (<c>--ro-bind-fd</c>).</summary>
    BindDescriptor,

    /// <summary>An empty read-only tmpfs over a folder that is not source (<c>--tmpfs</c>, <c>--remount-ro</c>).</summary>
    Hide,

    /// <summary>An empty tmpfs in place of a folder holding a file that is not source; its source is bound into it.</summary>
    Empty,

    /// <summary>The <see cref="Empty"/> place made read-only once everything of it is bound (<c>--remount-ro</c>).</summary>
    Seal,
}
