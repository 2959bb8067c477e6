using Pact.Documents;
using Pact.Schemas;
using Pact.Serialization;

namespace Pact.Core.Tests.Health;

/// <summary>pact.yaml health_thresholds: known keys load, a misspelt one is refused with a "did you mean".</summary>
public sealed class HealthConfigTests
{
    [Fact]
    public void KnownThresholds_Load()
    {
        var config = ArtifactReader.Read(ArtifactKind.Config, "health_thresholds:\n  rejection_rate_critical: 0.9\n  cascade_warning: 3\n", "pact.yaml", PactJson.Context.PactConfig);

        Assert.True(config.Ok, string.Join("\n", config.Diagnostics));
        Assert.Equal(0.9, config.Value!.HealthThresholds["rejection_rate_critical"]);
    }

    [Fact]
    public void MisspeltThreshold_IsRefused_WithDidYouMean()
    {
        var config = ArtifactReader.Read(ArtifactKind.Config, "health_thresholds:\n  rejection_rate_critcal: 0.9\n", "pact.yaml", PactJson.Context.PactConfig);

        var diagnostic = Assert.Single(config.Diagnostics);
        Assert.Equal("schema.unknown_key", diagnostic.Rule);
        Assert.Equal("/health_thresholds/rejection_rate_critcal", diagnostic.Pointer);
        Assert.Contains("did you mean 'rejection_rate_critical'", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeThreshold_IsRefused()
    {
        var config = ArtifactReader.Read(ArtifactKind.Config, "health_thresholds:\n  cascade_critical: -1\n", "pact.yaml", PactJson.Context.PactConfig);

        Assert.False(config.Ok);
        Assert.Equal("/health_thresholds/cascade_critical", config.Diagnostics[0].Pointer);
    }
}
