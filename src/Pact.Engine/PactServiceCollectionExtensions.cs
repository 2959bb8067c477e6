using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Suites;
using Pact.Engine.Specs;

namespace Pact.Engine;

/// <summary>The one composition root: the CLI and the MCP host both call <see cref="AddPact"/>.</summary>
public static class PactServiceCollectionExtensions
{
    public static IServiceCollection AddPact(this IServiceCollection services, PactRuntime? runtime = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(runtime ?? new PactRuntime());
        services.TryAddSingleton(_ => Toolchain.Toolchain.FromProcess());
        services.TryAddSingleton<Toolchain.ToolchainProbe>();
        services.TryAddSingleton<ProjectStore>();
        services.TryAddSingleton<InitService>();
        services.TryAddSingleton<Health.HealthReader>();
        services.TryAddSingleton<StatusService>();
        services.TryAddSingleton<ComponentsService>();
        services.TryAddSingleton<LogService>();
        services.TryAddSingleton<LeaseService>();
        services.TryAddSingleton<Pipeline.DiagnoseService>();
        services.TryAddSingleton<SpecService>();
        services.TryAddSingleton<Production.DerivedEvidenceReader>();
        services.TryAddSingleton<Production.ProductionService>();
        // The languages, in the order the CLI and MCP list them; a test or a host adds one with one more line like these.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Languages.ILanguage, Languages.Python.PythonLanguage>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Languages.ILanguage, Languages.TypeScript.TypeScriptLanguage>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Languages.ILanguage, Languages.JavaScript.JavaScriptLanguage>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Languages.ILanguage, Languages.CSharp.CSharpLanguage>());
        services.TryAddSingleton<Languages.LanguageRegistry>();
        services.TryAddSingleton<Languages.SyntaxCheckers>();
        services.TryAddSingleton<Languages.AmendmentCheckers>();
        services.TryAddSingleton<Gates.ProjectReader>();
        services.TryAddSingleton<Gates.SubmitService>();
        services.TryAddSingleton<Gates.ValidateService>();
        services.TryAddSingleton<Handoff.HandoffService>();
        services.TryAddSingleton<Handoff.StubService>();
        services.TryAddSingleton<ProcessRunner>();
        // The code-agent backends (the review's Advocate and Simulacrum through `pact review --backend`).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Backends.IAgentBackend, Backends.ClaudeCodeBackend>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Backends.IAgentBackend, Backends.CodexBackend>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Backends.IAgentBackend, Backends.OpenAiBackend>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Backends.IAgentBackend, Backends.GeminiBackend>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Backends.IAgentBackend, Backends.AnthropicBackend>());
        services.TryAddSingleton<Backends.AgentBackends>();
        services.TryAddSingleton<SuiteVault>();
        services.TryAddSingleton<JudgeLedger>();
        services.TryAddSingleton<SuiteExecutor>();
        services.TryAddSingleton<Judge.Isolation.SandboxIsolation>();
        services.TryAddSingleton<DoctorService>();
        services.TryAddSingleton<SuiteLockService>();
        services.TryAddSingleton<SuiteStateService>();
        services.TryAddSingleton<Judge.Tamper.TamperScanner>();
        services.TryAddSingleton<Judge.Tamper.AdjudicationService>();
        services.TryAddSingleton<JudgeService>();
        services.TryAddSingleton<RunRecorder>();
        services.TryAddSingleton<AuditInitService>();
        services.TryAddSingleton<Judge.Authority.AuthorityService>();
        services.TryAddSingleton<Judge.Authority.ProjectIntegrity>();
        services.TryAddSingleton<CertifyPreconditions>();
        services.TryAddSingleton<Reviews.ReviewBaselines>();
        services.TryAddSingleton<Reviews.ReviewArchive>();
        services.TryAddSingleton<Reviews.ReviewMaterial>();
        services.TryAddSingleton<Reviews.ReviewService>();
        services.TryAddSingleton<Reviews.ReviewPrompt>();
        services.TryAddSingleton<Reviews.ReviewRunService>();
        services.TryAddSingleton<Reviews.ReviewAdjudicationService>();
        services.TryAddSingleton<Pipeline.PhasePrompts>();
        services.TryAddSingleton<Gates.ApproveService>();
        services.TryAddSingleton<Pipeline.PipelineCalls>();
        services.TryAddSingleton<Pipeline.ImplementationRounds>();
        services.TryAddSingleton<Pipeline.PipelineRunService>();
        services.TryAddSingleton<Pipeline.DaemonService>();
        services.TryAddSingleton<Pipeline.MonitorService>();
        services.TryAddSingleton<CertificationService>();
        services.TryAddSingleton<Sentinel.SentinelService>();
        services.TryAddSingleton<Analysis.AnalysisService>();
        services.TryAddSingleton<Tasks.TasksService>();
        services.TryAddSingleton<Health.HealthService>();
        services.TryAddSingleton<Assessment.PythonModuleReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Assessment.IAssessReader, Assessment.PythonAssessReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Assessment.IAssessReader, Assessment.TypeScriptAssessReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Assessment.IAssessReader, Assessment.JavaScriptAssessReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Assessment.IAssessReader, Assessment.CSharpAssessReader>());
        services.TryAddSingleton<Assessment.AssessService>();
        services.TryAddSingleton<Adoption.PythonAdoptReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Adoption.IAdoptionLanguage, Adoption.PythonAdoption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Adoption.IAdoptionLanguage, Adoption.TypeScriptAdoption>());
        services.TryAddSingleton<Adoption.AdoptService>();
        services.TryAddSingleton<Import.ImportService>();
        return services;
    }
}
