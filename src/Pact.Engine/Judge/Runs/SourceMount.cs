using Microsoft.Win32.SafeHandles;

namespace Pact.Engine.Judge.Runs;

/// <summary>
/// One step of showing the sources to a confined run, in order, at <see cref="Inside"/> (relative to the work tree):
/// a checked folder or file bound read-only by its descriptor (<see cref="Handle"/>), or a tmpfs step
/// (<see cref="SourceMountKind"/>).
/// </summary>
public sealed record SourceMount(SourceMountKind Kind, string Inside, SafeFileHandle? Handle = null);
