using Pact.Specs;

namespace Pact.Projects;

public sealed record SpecApplyReport
{
    public required string ProjectDir { get; init; }

    /// <summary>Files the spec changed, relative to the project (unchanged ones are not rewritten).</summary>
    public required IReadOnlyList<string> Written { get; init; }
    public required NormalizedSpec Spec { get; init; }
}
