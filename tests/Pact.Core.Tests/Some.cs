using System.Text.Json;
using Pact.Audit;
using Pact.Configuration;
using Pact.Contracts;
using Pact.Decomposition;
using Pact.Interview;
using Pact.Judge;
using Pact.Production;
using Pact.Readiness;
using Pact.Reviews;
using Pact.Shaping;
using Pact.Specs;
using Pact.State;
using Pact.Suites;

namespace Pact.Core.Tests;

/// <summary>Fully populated artifacts: every property holds a non-default value, so round trips exercise the whole model.</summary>
internal static class Some
{
    public static ComponentContract Contract() => new()
    {
        ComponentId = "pricing",
        Name = "Pricing",
        Description = "Computes booking prices from a rate card and a stay.",
        Version = 3,
        Types =
        [
            new TypeSpec
            {
                Name = "Quote",
                Kind = TypeKind.Struct,
                Description = "A price for one stay",
                OwnerComponent = "pricing",
                Fields =
                [
                    new FieldSpec
                    {
                        Name = "amount",
                        TypeRef = "float",
                        Required = false,
                        Default = "0.0",
                        Description = "Total in the currency's major unit",
                        Validators = [new ValidatorSpec { Kind = ValidatorKind.Range, Expression = "0.01 <= value <= 999999.99", ErrorMessage = "amount out of range" }],
                    },
                ],
            },
            new TypeSpec { Name = "Currency", Kind = TypeKind.Enum, Variants = ["EUR", "USD"] },
            new TypeSpec { Name = "Quotes", Kind = TypeKind.List, ItemType = "Quote" },
            new TypeSpec { Name = "MaybeQuote", Kind = TypeKind.Optional, InnerTypes = ["Quote"] },
        ],
        Functions =
        [
            new FunctionContract
            {
                Name = "quote",
                Description = "Prices a stay of one or more nights.",
                Inputs = [new FieldSpec { Name = "nights", TypeRef = "int" }],
                OutputType = "Quote",
                ErrorCases = [new ErrorCase { Name = "no_nights", Condition = "nights < 1", ErrorType = "InvalidStay", ErrorData = new Dictionary<string, string> { ["nights"] = "the value given" } }],
                Preconditions = ["nights >= 1"],
                Postconditions = ["result.amount > 0"],
                Idempotent = true,
                IsAsync = true,
                SideEffects = ["reads the rate card"],
                StructuredSideEffects = [new SideEffect { Kind = SideEffectKind.ReadsFile, Target = "rates.json", Description = "rate card" }],
                PerformanceBudget = new PerformanceBudget { P95LatencyMs = 50, MaxMemoryMb = 64, Complexity = "O(n)" },
            },
        ],
        Dependencies = ["rates"],
        DependencyContracts = new Dictionary<string, IReadOnlyList<string>> { ["rates"] = ["rate_for"] },
        Invariants = ["a quote is never negative"],
        Requires = ["decimal"],
        ProcessingRegister = "rigorous-analytical",
        DataAccess = new DataAccessDeclaration
        {
            Reads = ["PUBLIC"],
            Writes = ["INTERNAL"],
            Rationale = "Reads the published rate card to price stays; writes the quote log kept for disputes.",
            SideEffects = [new DataAccessSideEffect { Type = "file_read", Classification = "PUBLIC", Fields = ["rates.nightly"], Rationale = "nightly rate" }],
        },
        Authority = new AuthorityDeclaration { Domains = ["pricing"], Rationale = "The only component allowed to compute what a guest pays." },
    };

    public static TestResults Results() => new()
    {
        Total = 3,
        Passed = 2,
        Failed = 1,
        Errors = 0,
        FailureDetails = [new TestFailure { TestId = "t1", TestDescription = "prices one night", ErrorMessage = "expected 10", Stdout = "out", Stderr = "err" }],
        Timestamp = "2026-11-26T10:00:00Z",
    };

    public static DecompositionTree Tree() => new()
    {
        RootId = "booking",
        Nodes = new Dictionary<string, DecompositionNode>
        {
            ["booking"] = new() { ComponentId = "booking", Name = "Booking", Description = "The API", Children = ["pricing", "rates"] },
            ["pricing"] = new()
            {
                ComponentId = "pricing",
                Name = "Pricing",
                Description = "Prices stays",
                Depth = 1,
                ParentId = "booking",
                Contract = Contract(),
                ImplementationStatus = ImplementationStatus.Tested,
                TestResults = Results(),
            },
            ["rates"] = new() { ComponentId = "rates", Name = "Rates", Description = "Rate card", Depth = 1, ParentId = "booking", ImplementationStatus = ImplementationStatus.Contracted },
        },
    };

    public static IReadOnlyList<EngineeringDecision> Decisions() =>
        [new EngineeringDecision { Ambiguity = "currency of quotes", Decision = "EUR only", Rationale = "the only market at launch" }];

    public static ContractTestSuite Suite() => new()
    {
        ComponentId = "pricing",
        ContractVersion = 3,
        TestLanguage = TestLanguage.Typescript,
        GeneratedCode = "test('quote', () => {});\n",
        TestCases =
        [
            new TestCase
            {
                Id = "quote_one_night",
                Description = "one night costs the nightly rate",
                Function = "quote",
                Category = TestCategory.HappyPath,
                SetupDescription = "a rate card of 10 per night",
                MockDependencies = new Dictionary<string, string> { ["rates"] = "returns 10" },
                InputValues = new Dictionary<string, string> { ["nights"] = "1" },
                InputDescription = "one night",
                ExpectedOutputDescription = "amount 10",
                ExpectedError = "",
                Assertions = ["amount == 10"],
            },
            new TestCase { Id = "quote_zero", Description = "zero nights is refused", Function = "quote", Category = TestCategory.ErrorCase, ExpectedError = "InvalidStay" },
        ],
    };

    public static InterviewResult Interview() => new()
    {
        Risks = ["double booking"],
        Ambiguities = ["time zones"],
        Questions = ["Which currencies?"],
        Assumptions = ["EUR only"],
        AcceptanceCriteria = ["a stay is priced in under 50 ms"],
        UserAnswers = new Dictionary<string, string> { ["Which currencies?"] = "EUR" },
        Approved = true,
        AuditedAnswers = [new AuditedAnswer { QuestionId = "q_000", Answer = "EUR", Source = AnswerSource.McpElicitation, Confidence = 1.0, Timestamp = "2026-11-26T10:00:00Z", MatchedAssumption = "EUR only" }],
        ProcessingRegister = "rigorous-analytical",
    };

    public static Review Review() => new()
    {
        Id = "simulacrum-20261204_120000-1a2b3c4d",
        Target = new ReviewTarget { Components = ["pricing"] },
        Claim = "pricing is done: every contract test passes",
        Reviewer = Reviewer.Simulacrum,
        Source = new ReviewSource { Kind = ReviewSourceKind.Backend, Name = "claude", Model = "claude-sonnet" },
        Time = "2026-12-04T12:00:00.0000000+00:00",
        Findings =
        [
            new ReviewFinding { Id = "F1", Severity = FindingSeverity.High, Location = new FindingLocation { File = "src/pricing/pricing.py", Line = 3, Sha256 = new string('a', 64) }, Evidence = "quote(0) returns a price instead of raising", Recommendation = "raise InvalidStay for nights below 1" },
            new ReviewFinding { Id = "F2", Severity = FindingSeverity.Info, Location = new FindingLocation { Contract = "pricing", Pointer = "/functions/0/error_cases" }, Evidence = "no error case for an unknown currency", Recommendation = "add an error case and a test for it" },
        ],
        Text = "## Hostile user\nSends nights=0.",
        Questions = [new ReviewQuestion { Id = "Q1", Text = "Who owns the rate card?" }],
        Baseline = new ReviewBaseline { SuiteCases = new Dictionary<string, int> { ["pricing"] = 4 } },
    };

    public static ShapingPitch Pitch() => new()
    {
        Problem = "Guests cannot see a price before booking",
        Appetite = Appetite.Small,
        SolutionBreadboard = new Breadboard
        {
            Places = [new Place { Name = "stay page", Description = "dates picker" }],
            Affordances = [new Affordance { Name = "get quote", Description = "button" }],
            Connections = [new Connection { FromPlace = "stay page", ToPlace = "quote panel", Affordance = "get quote", Description = "shows the price" }],
        },
        SolutionRegionMap = new RegionMap { Regions = new Dictionary<string, IReadOnlyList<string>> { ["api"] = ["pricing"] }, Annotations = new Dictionary<string, string> { ["api"] = "server side" } },
        RabbitHoles = [new RabbitHole { Description = "taxes per region", Status = RabbitHoleStatus.OutOfBounds, Mitigation = "flat tax" }],
        NoGos = ["discount codes"],
        FitCheck = new FitCheck { Appetite = Appetite.Small, Fits = true, Notes = "two weeks" },
        Status = ShapingStatus.Shaped,
    };

    public static ReadinessProfile Readiness() => new()
    {
        Security = new DimensionSetting { Level = ReadinessLevel.Strict, Controls = ["tenant isolation test per endpoint"] },
        Compliance = DimensionSetting.At(ReadinessLevel.Regulated),
        Notes = "GDPR applies",
    };

    public static PactConfig Config() => new()
    {
        Budget = 25,
        Model = "claude-opus-4-6",
        Backend = "claude_code",
        CheckInterval = 30,
        MaxImplementationAttempts = 4,
        RoleModels = new Dictionary<string, string> { ["decomposer"] = "claude-opus-4-6" },
        RoleBackends = new Dictionary<string, string> { ["code_author"] = "codex_code" },
        ParallelComponents = true,
        CompetitiveImplementations = true,
        CompetitiveAgents = 3,
        MaxConcurrentAgents = 2,
        PlanOnly = true,
        SlackWebhook = "https://hooks.example/x",
        LinearApiKey = "key",
        LinearTeamId = "team",
        GitAutoCommit = true,
        GitAutoBranch = true,
        SlackBotToken = "token",
        SlackChannel = "#pact",
        PollIntegrations = true,
        PollInterval = 30,
        MaxPollAttempts = 5,
        ContextMaxChars = 8000,
        Shaping = true,
        ShapingDepth = ShapingDepth.Thorough,
        ShapingRigor = ShapingRigor.Strict,
        ShapingBudgetPct = 0.2,
        Environment = new EnvironmentSpec { PythonPath = "/usr/bin/python3", InheritPath = false, ExtraPathDirs = ["/opt/bin"], RequiredTools = ["pytest", "node"], EnvVars = new Dictionary<string, string> { ["TZ"] = "UTC" } },
        Impatience = Impatience.Patient,
        RoleTimeouts = new Dictionary<string, int> { ["code_author"] = 600 },
        ModelTiers = new ModelTierConfig { Primary = "a", Research = "b", Fast = "c" },
        BuildMode = BuildMode.Hierarchy,
        ProcessingRegister = "rigorous-analytical",
        RegisterCheckRate = 0.3,
        Language = TestLanguage.Csharp,
        TestFramework = "xunit",
        PackageNamespace = "Booking",
        HealthThresholds = new Dictionary<string, double> { ["rejection_rate_critical"] = 0.9 },
        AuditRepo = "git@example:audit.git",
        AuditDir = "../audit",
        AuditMode = "code",
        ConstrainDir = "production",
        LedgerDir = "ledger",
        ArbiterEndpoint = "http://localhost:8080",
        SkipArbiter = true,
        ToolIndexEnabled = false,
        ProductionProfile = true,
        ProductionArtifactDir = "prod",
        Readiness = Readiness(),
        TestTimeoutSeconds = 30,
        Workers = 2,
        MaxGoodhartAttempts = 3,
    };

    public static BuildSpec Spec() => new()
    {
        Version = "1",
        Task = "Build a tenant-scoped booking API.\n",
        Sops = "Use Python 3.12.\n",
        Readiness = new SpecReadiness
        {
            OperationalMaturity = DimensionSetting.At(ReadinessLevel.Basic),
            Security = new DimensionSetting { Level = ReadinessLevel.Strict, Controls = ["pen test"] },
            Privacy = DimensionSetting.At(ReadinessLevel.Standard),
            Compliance = DimensionSetting.At(ReadinessLevel.Basic),
            Gating = DimensionSetting.At(ReadinessLevel.Strict),
            Testing = DimensionSetting.At(ReadinessLevel.Regulated),
            Monitoring = DimensionSetting.At(ReadinessLevel.None),
            Notes = "pilot",
        },
        Config = new Dictionary<string, JsonElement> { ["build_mode"] = Json("\"hierarchy\""), ["budget"] = Json("25") },
    };

    public static RunState State() => new()
    {
        Id = "abc123def456",
        ProjectDir = "/work/booking",
        Status = RunStatus.Paused,
        Phase = Phase.Implement,
        ComponentTasks = [new ComponentTask { ComponentId = "pricing", Status = ComponentTaskStatus.Implementing, Attempts = 2, LastError = "1 failed" }],
        InterviewResult = Interview(),
        TotalCostUsd = 1.25,
        TotalTokens = 12000,
        LastCheckIn = "2026-11-26T10:00:00Z",
        CreatedAt = "2026-11-26T09:00:00Z",
        CompletedAt = "2026-11-26T11:00:00Z",
        PauseReason = "waiting for review",
        PhaseCycles = 1,
        HealthSnapshot = new Dictionary<string, JsonElement> { ["_overall_status"] = Json("\"healthy\"") },
        ProcessingRegister = "rigorous-analytical",
        AuditCommit = "deadbeef",
        ArbiterResponse = new Dictionary<string, JsonElement> { ["trust"] = Json("0.9") },
        ConstrainContext = new Dictionary<string, JsonElement> { ["prompt"] = Json("\"p\"") },
    };

    public static AuditEvent Event() => new()
    {
        Timestamp = "2026-11-26T10:00:00.0000000+00:00",
        Action = "contract_saved",
        Detail = "pricing v3",
        ComponentId = "pricing",
        Actor = "cli",
        Files = ["contracts/pricing/interface.json"],
        Runs = [new AuditRun { ComponentId = "pricing", Kind = SuiteKind.Visible, Status = SuiteStatus.Failed, Total = 3, Passed = 2, Failed = 1, Errors = 0 }],
        Usage = new AuditUsage { Phase = "contract", InputTokens = 1200, OutputTokens = 300, Calls = 2, SpendUsd = 0.12 },
        Extra = new Dictionary<string, JsonElement> { ["cost_usd"] = Json("0.12") },
    };

    public static SuiteLock Lock() => new()
    {
        ComponentId = "pricing",
        Kind = SuiteKind.Hidden,
        Sha256 = new string('a', 64),
        LockedAt = "2026-11-26T10:00:00.0000000+00:00",
        Frozen = true,
        FrozenAt = "2026-11-26T11:00:00.0000000+00:00",
    };

    public static DsseEnvelope Envelope() => new()
    {
        Payload = "eyJfdHlwZSI6IngifQ==",
        Signatures = [new DsseSignature { KeyId = "k1", Sig = "c2ln" }],
    };

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    public static ProductionManifest Manifest() => new()
    {
        Version = "1",
        Readiness = Readiness(),
        SourceFingerprint = "sha256:" + new string('a', 64),
        FingerprintedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
        MaxValidationAgeDays = 30,
    };

    public static ControlMatrix Matrix() => new()
    {
        Version = "1",
        Controls =
        [
            new ControlMatrixEntry { Id = "SEC-02", Dimension = ReadinessDimension.Security, Level = ReadinessLevel.Basic, Title = "no secrets in source", Kind = GateItemKind.Derived, Evidence = [DerivedEvidence.SecretScan], Notes = "scanned" },
            new ControlMatrixEntry { Id = "Pager rota covers weekends", Dimension = ReadinessDimension.Monitoring, Title = "Pager rota covers weekends", Kind = GateItemKind.External },
        ],
    };

    public static DoneGate DoneGate() => new()
    {
        Version = "1",
        Evidence = [new EvidenceRecord { Item = "OPS-05", File = "reports/rollback.md", Sha256 = new string('b', 64), Date = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), Notes = "drill" }],
    };

    public static NaRegister NaRegister() => new()
    {
        Version = "1",
        Records = [new NaRecord { Item = "SEC-03", Justification = "no network entry point", Review = "review-1", Notes = "library" }],
    };

    public static SecretsAllowlist Allowlist() => new()
    {
        Version = "1",
        Allow = [new SecretAllowance { File = "tests/keys.py", Rule = SecretRules.AwsAccessKey, Reason = "the documented example key", Notes = "fixture" }],
    };

    /// <summary>A finished sample of each schema-only pack file.</summary>
    public static string PackFile(Pact.Schemas.ArtifactKind kind) => kind switch
    {
        Pact.Schemas.ArtifactKind.Constraints => "version: \"1\"\nconstraints:\n  - id: C1\n    text: money is never a float\n    source: finance\n",
        Pact.Schemas.ArtifactKind.ComponentMap => "version: \"1\"\ncomponents:\n  - id: api\n    description: the booking API\n    owner: team\n    contracts: [bookings]\n",
        Pact.Schemas.ArtifactKind.TrustPolicy => "version: \"1\"\nassertions:\n  - id: T1\n    statement: tokens are verified\n    evidence: reports/idp.md\n",
        Pact.Schemas.ArtifactKind.ThreatModel => "version: \"1\"\nboundaries: [public -> api]\nthreats:\n  - id: TH1\n    boundary: public -> api\n    threat: replayed token\n    control: SEC-03\n",
        Pact.Schemas.ArtifactKind.ArchitectureLaws => "version: \"1\"\nlaws:\n  - id: L1\n    law: only storage talks to the database\n    check: imports\n",
        Pact.Schemas.ArtifactKind.Preflight => "version: \"1\"\nchecks:\n  - id: P1\n    check: migration ran on a copy\n    owner: ops\n",
        Pact.Schemas.ArtifactKind.LiveValidation => "version: \"1\"\nenvironment: prod-eu\nchecks:\n  - id: V1\n    check: the digest matches\n    evidence: reports/live.md\n",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a schema-only pack file"),
    };
}
