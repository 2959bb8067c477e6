using Pact.Handoff;

namespace Pact.Engine.Handoff;

/// <summary>
/// <c>pact handoff</c>: the brief an implementing agent receives for one component. It reads exactly these files:
/// contracts/&lt;id&gt;/interface.json, the interface.json of each dependency, tests/&lt;id&gt;/contract_test_suite.json
/// (the visible suite), sops.md, decomposition/pitch.json and .pact/diagnoses/&lt;id&gt;.json (the latest diagnosis, made
/// from the visible runs and the hidden suites' hints only). Never a goodhart/ directory, an audit log or anything else,
/// so hidden tests cannot leak into a brief.
/// </summary>
public sealed class HandoffService(ProjectStore store)
{
    public const string Command = "handoff";

    public async Task<CommandResult<HandoffBrief>> BriefAsync(string directory, string componentId, bool validate, int maxTokens, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<HandoffBrief>(Command, outcome, diagnostics);
        }
        var layout = project.Layout;
        if (ComponentIds.Check(componentId) is { } badId)
        {
            return CommandResults.Fail<HandoffBrief>(Command, Outcome.Invalid, badId);
        }
        var contract = await store.ReadAsync(layout, layout.ContractJson(componentId), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
        if (contract is null)
        {
            return CommandResults.Fail<HandoffBrief>(Command, Outcome.NotFound, new Diagnostic { Rule = "handoff.contract.missing", File = layout.Relative(layout.ContractJson(componentId)), Message = $"'{componentId}' has no contract yet", Fix = $"submit it with `pact contract {directory} {componentId} --file …`" });
        }
        if (!contract.Ok)
        {
            return CommandResults.Fail<HandoffBrief>(Command, Outcome.Invalid, contract.Diagnostics);
        }
        // The law before the code: a brief for a component without the suites it will be judged by is out of order.
        var judge = new Judge.JudgeLayout(layout, project.Config);
        var hiddenRequired = Judge.Certification.CertifyPreconditions.HiddenRequiredBy(project.Config.Readiness ?? new Pact.Readiness.ReadinessProfile()) is not null;
        var hidden = hiddenRequired && judge.AuditDir is not null ? judge.ComponentsIfReadable(SuiteKind.Hidden) : null;
        var order = SubmissionOrder.Handoff(componentId, File.Exists(layout.SuiteJson(componentId)), hidden?.Contains(componentId, StringComparer.Ordinal), directory, layout.Relative(layout.SuiteJson(componentId))).ToList();
        if (order.Count > 0)
        {
            return CommandResults.Fail<HandoffBrief>(Command, Outcome.Invalid, order);
        }
        var warnings = new List<Diagnostic>();
        var dependencies = new Dictionary<string, ComponentContract?>(StringComparer.Ordinal);
        foreach (var dependency in contract.Value!.Dependencies.Distinct(StringComparer.Ordinal).Where(d => d != componentId))
        {
            var read = ComponentIds.IsValid(dependency)
                ? await store.ReadAsync(layout, layout.ContractJson(dependency), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken)
                : null;
            warnings.AddRange((read?.Diagnostics ?? []).Select(d => d with { Severity = Severity.Warning }));
            dependencies[dependency] = read is { Ok: true } ? read.Value : null;
        }
        var suite = await store.ReadAsync(layout, layout.SuiteJson(componentId), ArtifactKind.TestSuite, PactJson.Context.ContractTestSuite, cancellationToken);
        warnings.AddRange((suite?.Diagnostics ?? []).Select(d => d with { Severity = Severity.Warning }));
        var pitch = await store.ReadAsync(layout, layout.PitchJson, ArtifactKind.Pitch, PactJson.Context.ShapingPitch, cancellationToken);
        var input = new HandoffInput
        {
            Contract = contract.Value,
            Dependencies = dependencies,
            VisibleSuite = suite is { Ok: true } ? suite.Value : null,
            Stub = StubService.Of(layout, contract.Value, project.Language),
            Sops = File.Exists(layout.SopsMd) ? await File.ReadAllTextAsync(layout.SopsMd, cancellationToken) : "",
            Diagnosis = Pipeline.DiagnoseService.Latest(layout, componentId) is { Verdict: "implementation" } diagnosis ? $"{diagnosis.Guidance} ({diagnosis.Explanation})" : "",
            PitchSummary = pitch is { Ok: true } ? $"{pitch.Value!.Problem} (appetite: {pitch.Value.Appetite.ToString().ToLowerInvariant()}){(pitch.Value.NoGos.Count > 0 ? $"; no-gos: {string.Join(", ", pitch.Value.NoGos)}" : "")}" : "",
        };
        var brief = BriefRenderer.Render(input, maxTokens);
        if (validate)
        {
            brief = BriefRenderer.Validate(brief, input);
        }
        return brief.Valid
            ? CommandResults.Ok(Command, brief, warnings)
            : new CommandResult<HandoffBrief> { Command = Command, Outcome = Outcome.Invalid, Data = brief, Diagnostics = warnings };
    }
}
