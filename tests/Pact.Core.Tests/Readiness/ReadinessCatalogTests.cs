using Pact.Readiness;

namespace Pact.Core.Tests.Readiness;

public sealed class ReadinessCatalogTests
{
    [Fact]
    public void LevelNone_DemandsNothing_InEveryDimension()
    {
        foreach (var dimension in Enum.GetValues<ReadinessDimension>())
        {
            Assert.Empty(ReadinessCatalog.Baseline(dimension, ReadinessLevel.None));
        }
    }

    [Fact]
    public void Levels_AreCumulative_AndEachLevelAddsAControl()
    {
        foreach (var dimension in Enum.GetValues<ReadinessDimension>())
        {
            var previous = ReadinessCatalog.Baseline(dimension, ReadinessLevel.None);
            foreach (var level in new[] { ReadinessLevel.Basic, ReadinessLevel.Standard, ReadinessLevel.Strict, ReadinessLevel.Regulated })
            {
                var current = ReadinessCatalog.Baseline(dimension, level);
                Assert.True(previous.All(current.Contains), $"{dimension} {level} drops a control of the level below");
                Assert.True(current.Count > previous.Count, $"{dimension} {level} adds no control");
                previous = current;
            }
        }
    }

    [Fact]
    public void ControlIds_AreUnique() =>
        Assert.Equal(ReadinessCatalog.All.Count(), ReadinessCatalog.All.Select(c => c.Id).Distinct().Count());

    [Fact]
    public void Resolve_KeepsCustomControls_BesideTheBaseline()
    {
        var profile = new ReadinessProfile { Security = new DimensionSetting { Level = ReadinessLevel.Strict, Controls = ["tenant isolation test per endpoint"] } };

        var security = ResolvedReadiness.Of(profile).Dimensions.Single(d => d.Dimension == ReadinessDimension.Security);

        Assert.Equal(ReadinessLevel.Strict, security.Level);
        Assert.Equal(["SEC-01", "SEC-02", "SEC-03", "SEC-04", "SEC-05", "SEC-06"], security.BaselineControls.Select(c => c.Id));
        Assert.Equal(["tenant isolation test per endpoint"], security.CustomControls);
    }

    [Fact]
    public void DefaultProfile_MatchesTheDocumentedStartingLevels()
    {
        var levels = ResolvedReadiness.Of(new ReadinessProfile()).Dimensions.ToDictionary(d => d.Dimension, d => d.Level);

        Assert.Equal(ReadinessLevel.Standard, levels[ReadinessDimension.OperationalMaturity]);
        Assert.Equal(ReadinessLevel.Standard, levels[ReadinessDimension.Security]);
        Assert.Equal(ReadinessLevel.Basic, levels[ReadinessDimension.Privacy]);
        Assert.Equal(ReadinessLevel.None, levels[ReadinessDimension.Compliance]);
        Assert.Equal(ReadinessLevel.Standard, levels[ReadinessDimension.Gating]);
        Assert.Equal(ReadinessLevel.Standard, levels[ReadinessDimension.Testing]);
        Assert.Equal(ReadinessLevel.Basic, levels[ReadinessDimension.Monitoring]);
    }
}
