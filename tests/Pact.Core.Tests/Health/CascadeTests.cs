using Pact.Decomposition;
using Pact.Health;

namespace Pact.Core.Tests.Health;

/// <summary>Cascade pairs over small trees: root → {a, b, c}, a → {a1, a2}.</summary>
public sealed class CascadeTests
{
    private static DecompositionNode Node(string id, string parent, params string[] children) =>
        new() { ComponentId = id, Name = id, Description = id, ParentId = parent, Children = children };

    private static readonly DecompositionTree Tree = new()
    {
        RootId = "root",
        Nodes = new[] { Node("root", "", "a", "b", "c"), Node("a", "root", "a1", "a2"), Node("b", "root"), Node("c", "root"), Node("a1", "a"), Node("a2", "a") }.ToDictionary(n => n.ComponentId),
    };

    [Theory]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "a1" }, 0)] // one failure is no cascade
    [InlineData(new[] { "a", "a1" }, 1)] // child and parent
    [InlineData(new[] { "a1", "a2" }, 1)] // siblings
    [InlineData(new[] { "a", "a1", "a2" }, 3)] // a–a1, a–a2, a1–a2
    [InlineData(new[] { "a", "b", "c" }, 3)] // three siblings: three pairs
    [InlineData(new[] { "root", "a", "b", "c" }, 6)] // plus each with the root
    [InlineData(new[] { "a1", "b" }, 0)] // cousins are not a pair
    [InlineData(new[] { "a1", "ghost" }, 0)] // ids outside the tree are ignored
    public void Count(string[] failed, int expected) => Assert.Equal(expected, Cascade.Count(Tree, failed.ToHashSet()));

    [Fact]
    public void ParentFromChildList_WhenParentIdIsEmpty()
    {
        var tree = new DecompositionTree { RootId = "r", Nodes = new[] { Node("r", "", "x", "y"), Node("x", ""), Node("y", "") }.ToDictionary(n => n.ComponentId) };

        Assert.Equal(3, Cascade.Count(tree, new HashSet<string> { "r", "x", "y" }));
    }

    [Fact]
    public void NoTree_NoCascade() => Assert.Equal(0, Cascade.Count(null, new HashSet<string> { "a", "b" }));
}
