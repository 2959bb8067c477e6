using Pact.Audit;
using Pact.Configuration;
using Pact.Interview;
using Pact.Judge;
using Pact.Leases;
using Pact.Production;
using Pact.Projects;
using Pact.Readiness;
using Pact.Shaping;
using Pact.Specs;
using Pact.State;

namespace Pact.Serialization;

/// <summary>
/// The one serializer context of Pact: every type that goes to disk or over the wire is listed here, so nothing
/// falls back to reflection (and Native AOT stays possible). Names are snake_case, as the Python Pact writes them.
/// </summary>
/// <remarks>
/// Model properties that have a default value use <c>set</c>, not <c>init</c>: the source generator assigns every
/// init-only property in its object initializer, so a key missing from the file would overwrite the default with
/// null. With a setter it assigns only the keys present.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.Unspecified,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
// Artifacts
[JsonSerializable(typeof(ComponentContract))]
[JsonSerializable(typeof(DecompositionTree))]
[JsonSerializable(typeof(IReadOnlyList<EngineeringDecision>))]
[JsonSerializable(typeof(ContractTestSuite))]
[JsonSerializable(typeof(TestResults))]
[JsonSerializable(typeof(InterviewResult))]
[JsonSerializable(typeof(ShapingPitch))]
[JsonSerializable(typeof(PactConfig))]
[JsonSerializable(typeof(ReadinessProfile))]
[JsonSerializable(typeof(BuildSpec))]
[JsonSerializable(typeof(ProductionManifest))]
[JsonSerializable(typeof(ControlMatrix))]
[JsonSerializable(typeof(DoneGate))]
[JsonSerializable(typeof(NaRegister))]
[JsonSerializable(typeof(SecretsAllowlist))]
[JsonSerializable(typeof(RunState))]
[JsonSerializable(typeof(AuditEvent))]
[JsonSerializable(typeof(SuiteLock))]
[JsonSerializable(typeof(LedgerEntry))]
[JsonSerializable(typeof(ProjectLogCheckpoint))]
[JsonSerializable(typeof(AuthorityRecord))]
[JsonSerializable(typeof(ProjectAuthority))]
[JsonSerializable(typeof(AuthorityChange))]
[JsonSerializable(typeof(DsseEnvelope))]
[JsonSerializable(typeof(InTotoStatement))]
[JsonSerializable(typeof(Pact.Reviews.Review))]
[JsonSerializable(typeof(Pact.Reviews.ReviewAdjudications))]
// Views and results
[JsonSerializable(typeof(ResolvedReadiness))]
[JsonSerializable(typeof(NormalizedSpec))]
[JsonSerializable(typeof(Diagnostic))]
[JsonSerializable(typeof(IReadOnlyList<Diagnostic>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
[JsonSerializable(typeof(IDictionary<string, JsonElement>))]
// Command results (the --json output of the CLI and the structured content of MCP tools)
[JsonSerializable(typeof(CommandResult<InitReport>))]
[JsonSerializable(typeof(CommandResult<StatusReport>))]
[JsonSerializable(typeof(CommandResult<ComponentsReport>))]
[JsonSerializable(typeof(CommandResult<LogReport>))]
[JsonSerializable(typeof(CommandResult<LeaseReport>))]
[JsonSerializable(typeof(ComponentLease))]
[JsonSerializable(typeof(CommandResult<SpecApplyReport>))]
[JsonSerializable(typeof(CommandResult<NormalizedSpec>))]
[JsonSerializable(typeof(CommandResult<ProductionInitReport>))]
[JsonSerializable(typeof(CommandResult<ProductionReport>))]
[JsonSerializable(typeof(CommandResult<FingerprintReport>))]
[JsonSerializable(typeof(CommandResult<SubmitReport>))]
[JsonSerializable(typeof(CommandResult<ValidateReport>))]
[JsonSerializable(typeof(CommandResult<Pact.Handoff.HandoffBrief>))]
[JsonSerializable(typeof(CommandResult<Pact.Handoff.StubReport>))]
[JsonSerializable(typeof(CommandResult<SuiteLockReport>))]
[JsonSerializable(typeof(CommandResult<JudgeReport>))]
[JsonSerializable(typeof(CommandResult<DoctorReport>))]
[JsonSerializable(typeof(IReadOnlyList<LanguageStatus>))]
[JsonSerializable(typeof(CommandResult<FreezeReport>))]
[JsonSerializable(typeof(CommandResult<ImplementationFinding>))]
[JsonSerializable(typeof(CommandResult<AuditInitReport>))]
[JsonSerializable(typeof(CommandResult<AuthorityReport>))]
[JsonSerializable(typeof(CommandResult<CertifyReport>))]
[JsonSerializable(typeof(CommandResult<Pact.Reviews.ReviewReport>))]
[JsonSerializable(typeof(CommandResult<Pact.Reviews.ReviewAdjudicationReport>))]
[JsonSerializable(typeof(CommandResult<Pact.Reviews.ReviewRunReport>))]
[JsonSerializable(typeof(CommandResult<Pact.Pipeline.PipelineRunReport>))]
[JsonSerializable(typeof(Pact.Pipeline.CompetitionRecord))]
[JsonSerializable(typeof(Pact.Pipeline.DaemonState))]
[JsonSerializable(typeof(Pact.Pipeline.PipelineRunRecord))]
[JsonSerializable(typeof(Pact.Pipeline.DiagnosisRecord))]
[JsonSerializable(typeof(CommandResult<Pact.Pipeline.DiagnoseReport>))]
[JsonSerializable(typeof(CommandResult<Pact.Pipeline.MonitorReport>))]
[JsonSerializable(typeof(CommandResult<Pact.Interview.ApproveReport>))]
[JsonSerializable(typeof(Pact.Interview.PlanApproval))]
[JsonSerializable(typeof(CommandResult<Pact.Sentinel.SentinelKeysReport>))]
[JsonSerializable(typeof(Pact.Analysis.AnalysisReport))]
[JsonSerializable(typeof(CommandResult<Pact.Analysis.AnalysisReport>))]
[JsonSerializable(typeof(Pact.Assessment.AssessmentReport))]
[JsonSerializable(typeof(CommandResult<Pact.Assessment.AssessmentReport>))]
[JsonSerializable(typeof(Pact.Adoption.AdoptReport))]
[JsonSerializable(typeof(CommandResult<Pact.Adoption.AdoptReport>))]
[JsonSerializable(typeof(Pact.Import.ImportReport))]
[JsonSerializable(typeof(CommandResult<Pact.Import.ImportReport>))]
[JsonSerializable(typeof(Pact.Analysis.RequirementsChecklist))]
[JsonSerializable(typeof(CommandResult<Pact.Analysis.RequirementsChecklist>))]
[JsonSerializable(typeof(Pact.Tasks.TaskList))]
[JsonSerializable(typeof(CommandResult<Pact.Tasks.TaskList>))]
[JsonSerializable(typeof(Pact.Health.HealthReport))]
[JsonSerializable(typeof(CommandResult<Pact.Health.HealthReport>))]
[JsonSerializable(typeof(CommandResult<Pact.Health.UsageRecordReport>))]
public sealed partial class PactJsonContext : JsonSerializerContext;
