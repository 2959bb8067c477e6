using Pact.Readiness;

namespace Pact.Configuration;

/// <summary>
/// pact.yaml. Every key the Python Pact v1 documents is here so its projects load; keys it does not know are
/// refused by the schema rather than silently ignored. Null means "use the global default".
/// </summary>
public sealed record PactConfig
{
    public double Budget { get; set; } = 10.0;
    public string Model { get; set; } = "";
    public string Backend { get; set; } = "anthropic";
    public int CheckInterval { get; init; }
    public int MaxImplementationAttempts { get; init; }
    public IReadOnlyDictionary<string, string> RoleModels { get; set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> RoleBackends { get; set; } = new Dictionary<string, string>();
    public bool? ParallelComponents { get; init; }
    public bool? CompetitiveImplementations { get; init; }
    public int? CompetitiveAgents { get; init; }
    public int? MaxConcurrentAgents { get; init; }
    public bool? PlanOnly { get; init; }

    // Integrations.
    public string SlackWebhook { get; set; } = "";
    public string LinearApiKey { get; set; } = "";
    public string LinearTeamId { get; set; } = "";
    public bool GitAutoCommit { get; init; }
    public bool GitAutoBranch { get; init; }
    public string SlackBotToken { get; set; } = "";
    public string SlackChannel { get; set; } = "";
    public bool PollIntegrations { get; init; }
    public int PollInterval { get; set; } = 60;
    public int MaxPollAttempts { get; set; } = 10;
    public int ContextMaxChars { get; set; } = 4000;

    // Shaping.
    public bool Shaping { get; init; }
    public ShapingDepth ShapingDepth { get; set; } = ShapingDepth.Standard;
    public ShapingRigor ShapingRigor { get; set; } = ShapingRigor.Moderate;
    public double ShapingBudgetPct { get; set; } = 0.15;

    public EnvironmentSpec? Environment { get; init; }
    public Impatience Impatience { get; set; } = Impatience.Normal;
    public IReadOnlyDictionary<string, int> RoleTimeouts { get; set; } = new Dictionary<string, int>();
    public ModelTierConfig? ModelTiers { get; init; }
    public BuildMode BuildMode { get; set; } = BuildMode.Auto;
    public string ProcessingRegister { get; set; } = "";
    public double RegisterCheckRate { get; set; } = 0.1;
    public TestLanguage Language { get; set; } = TestLanguage.Python;
    public string TestFramework { get; set; } = "";
    public string PackageNamespace { get; set; } = "";

    /// <summary>Overrides of the health thresholds, by lower-case name (e.g. rejection_rate_critical).</summary>
    public IReadOnlyDictionary<string, double> HealthThresholds { get; set; } = new Dictionary<string, double>();

    // Audit separation and the stack integrations.
    public string AuditRepo { get; set; } = "";
    public string AuditDir { get; set; } = "";

    /// <summary>"audit", "code" or "" (both).</summary>
    public string AuditMode { get; set; } = "";
    public string ConstrainDir { get; set; } = "";
    public string LedgerDir { get; set; } = "";
    public string ArbiterEndpoint { get; set; } = "";
    public bool SkipArbiter { get; init; }
    public bool? ToolIndexEnabled { get; init; }

    // Production-readiness pack.
    public bool ProductionProfile { get; init; }
    public string ProductionArtifactDir { get; set; } = "production";
    public ReadinessProfile? Readiness { get; init; }

    // Judge settings (Pact for .NET).
    /// <summary>Time limit of one suite run, in seconds.</summary>
    public int TestTimeoutSeconds { get; set; } = 120;

    /// <summary>Suites run in parallel; null means one per processor core.</summary>
    public int? Workers { get; init; }

    /// <summary>Whether suites may run unconfined; null means required on Linux and preferred elsewhere.</summary>
    public IsolationRequirement? Isolation { get; init; }

    /// <summary>The requirement in force: the configured one, else required on Linux (where bubblewrap exists) and preferred elsewhere.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IsolationRequirement IsolationInForce => Isolation ?? (OperatingSystem.IsLinux() ? IsolationRequirement.Required : IsolationRequirement.Preferred);
    public int MaxGoodhartAttempts { get; set; } = 2;
}
