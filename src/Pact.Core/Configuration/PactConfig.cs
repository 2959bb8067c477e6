using Pact.Readiness;
using Pact.Suites;

namespace Pact.Configuration;

/// <summary>
/// pact.yaml. Every key the Python Pact v1 documents is here so its projects load; keys it does not know are
/// refused by the schema rather than silently ignored. Null means "use the global default".
/// </summary>
public sealed record PactConfig
{
    public double Budget { get; init; } = 10.0;
    public string Model { get; init; } = "";
    public string Backend { get; init; } = "anthropic";
    public int CheckInterval { get; init; }
    public int MaxImplementationAttempts { get; init; }
    public IReadOnlyDictionary<string, string> RoleModels { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> RoleBackends { get; init; } = new Dictionary<string, string>();
    public bool? ParallelComponents { get; init; }
    public bool? CompetitiveImplementations { get; init; }
    public int? CompetitiveAgents { get; init; }
    public int? MaxConcurrentAgents { get; init; }
    public bool? PlanOnly { get; init; }

    // Integrations.
    public string SlackWebhook { get; init; } = "";
    public string LinearApiKey { get; init; } = "";
    public string LinearTeamId { get; init; } = "";
    public bool GitAutoCommit { get; init; }
    public bool GitAutoBranch { get; init; }
    public string SlackBotToken { get; init; } = "";
    public string SlackChannel { get; init; } = "";
    public bool PollIntegrations { get; init; }
    public int PollInterval { get; init; } = 60;
    public int MaxPollAttempts { get; init; } = 10;
    public int ContextMaxChars { get; init; } = 4000;

    // Shaping.
    public bool Shaping { get; init; }
    public ShapingDepth ShapingDepth { get; init; } = ShapingDepth.Standard;
    public ShapingRigor ShapingRigor { get; init; } = ShapingRigor.Moderate;
    public double ShapingBudgetPct { get; init; } = 0.15;

    public EnvironmentSpec? Environment { get; init; }
    public Impatience Impatience { get; init; } = Impatience.Normal;
    public IReadOnlyDictionary<string, int> RoleTimeouts { get; init; } = new Dictionary<string, int>();
    public ModelTierConfig? ModelTiers { get; init; }
    public BuildMode BuildMode { get; init; } = BuildMode.Auto;
    public string ProcessingRegister { get; init; } = "";
    public double RegisterCheckRate { get; init; } = 0.1;
    public TestLanguage Language { get; init; } = TestLanguage.Python;
    public string TestFramework { get; init; } = "";
    public string PackageNamespace { get; init; } = "";

    /// <summary>Overrides of the health thresholds, by lower-case name (e.g. rejection_rate_critical).</summary>
    public IReadOnlyDictionary<string, double> HealthThresholds { get; init; } = new Dictionary<string, double>();

    // Audit separation and the stack integrations.
    public string AuditRepo { get; init; } = "";
    public string AuditDir { get; init; } = "";

    /// <summary>"audit", "code" or "" (both).</summary>
    public string AuditMode { get; init; } = "";
    public string ConstrainDir { get; init; } = "";
    public string LedgerDir { get; init; } = "";
    public string ArbiterEndpoint { get; init; } = "";
    public bool SkipArbiter { get; init; }
    public bool? ToolIndexEnabled { get; init; }

    // Production-readiness pack.
    public bool ProductionProfile { get; init; }
    public string ProductionArtifactDir { get; init; } = "production";
    public ReadinessProfile? Readiness { get; init; }

    // Judge settings (Pact for .NET).
    /// <summary>Time limit of one suite run, in seconds.</summary>
    public int TestTimeoutSeconds { get; init; } = 120;

    /// <summary>Suites run in parallel; null means one per processor core.</summary>
    public int? Workers { get; init; }
    public int MaxGoodhartAttempts { get; init; } = 2;
}
