using Pact.Gates.Decomposition;
using Pact.Diagnostics;
using Pact.Import;

namespace Pact.Core.Tests.Import;

/// <summary>The drafts an import writes: a tree the structure gates accept at any size, an interview never approved, sops.md keeping what init wrote.</summary>
public sealed class ImportDraftTests
{
    private static ImportedSpec Spec(int components) => new()
    {
        Format = "spec-kit",
        Title = "Big Feature",
        Components = SpecSections.Components(Enumerable.Range(1, components).Select(i => ($"Part {i}", $"does part {i}")), "big_feature"),
    };

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(7, 8)]
    [InlineData(8, 11)]
    [InlineData(20, 24)]
    public void TheTree_HasTwoToSevenChildrenPerParent(int components, int nodes)
    {
        var tree = TreeDraft.From(Spec(components));

        Assert.Equal(nodes, tree.Nodes.Count);
        Assert.DoesNotContain(DecompositionGates.Check(tree, ""), d => d.Severity == Severity.Error);
        Assert.All(tree.Nodes.Keys, id => Assert.Matches(Pact.Projects.ComponentIds.PatternText, id));
    }

    [Fact]
    public void ComponentIds_FollowTheSchema_AndAreUnique()
    {
        var components = SpecSections.Components([("Auth & Sessions", ""), ("auth sessions", ""), ("42 Reports!", ""), ("", ""), ("Big Feature", "")], "big_feature");

        Assert.Equal(["auth_sessions", "auth_sessions_2", "reports", "component", "big_feature_2"], components.Select(c => c.Id));
    }

    [Fact]
    public void TheInterview_IsNotApproved_AndAsksEachQuestionOnce()
    {
        var interview = InterviewDraft.From(new ImportedSpec { Format = "kiro", Title = "T", Questions = ["Which currency?", "Which currency?", " "] });

        Assert.False(interview.Approved);
        Assert.Equal(["Which currency?"], interview.Questions);
    }

    [Fact]
    public void Sops_KeepsInitsStackLine_AndAddsTheImportedStackAndConventions()
    {
        const string init = "# Standard operating procedures\n\n## Tech stack\n\n- Python 3.11+\n\n## Standards\n\n- Keep files small.\n\n## Verification\n\n- pact validate\n";
        var spec = new ImportedSpec { Format = "kiro", Title = "T", StackFrom = "design.md", Stack = [("", "Python 3.12")], Conventions = ["Testing Strategy: unit tests"] };

        var sops = SopsDraft.Render(spec, init);

        Assert.Contains("## Tech stack\n\n- Python 3.11+\n\nFrom kiro's design.md:\n\n- Python 3.12\n\n## Standards", sops, StringComparison.Ordinal);
        Assert.Contains("## Conventions (imported)\n\n- Testing Strategy: unit tests\n\n## Verification", sops, StringComparison.Ordinal);
        Assert.Equal(init, SopsDraft.Render(new ImportedSpec { Format = "kiro", Title = "T" }, init));
    }
}
