using Pact.Pipeline;

namespace Pact.Engine.Pipeline;

/// <summary>
/// <c>pact diagnose DIR CID</c>: the trace analyst's verdict on a component that kept failing, from the host agent
/// (the <c>diagnose</c> prompt, then <c>pact_diagnose</c>) or from <c>pact run</c>'s own trace analyst. It is kept in
/// <c>.pact/diagnoses/CID.json</c> and logged; the log is what routes the component on: <c>implementation</c> sends it
/// back to its implementer (whose brief then carries the guidance), <c>contract</c> to the auditor for an amendment,
/// <c>human</c> to a person, whose decision is recorded as a later diagnosis.
/// </summary>
public sealed class DiagnoseService(ProjectStore store, StatusService status)
{
    public const string Command = "diagnose";

    public static readonly IReadOnlyList<string> Verdicts = ["implementation", "contract", "human"];

    public async Task<CommandResult<DiagnoseReport>> RecordAsync(string directory, string componentId, string verdict, string explanation, string guidance, CancellationToken cancellationToken)
    {
        if (ComponentIds.Check(componentId) is { } badId)
        {
            return CommandResults.Fail<DiagnoseReport>(Command, Outcome.Invalid, badId);
        }

        var problems = new List<Diagnostic>();
        if (!Verdicts.Contains(verdict, StringComparer.Ordinal))
        {
            problems.Add(new Diagnostic { Rule = "diagnose.verdict", Pointer = "/verdict", Message = $"'{verdict}' is not a verdict", Fix = "give implementation (the code can meet the contract), contract (it cannot as written) or human (a person has to decide)" });
        }

        foreach (var (name, text) in new[] { ("explanation", explanation), ("guidance", guidance) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new Diagnostic { Rule = $"diagnose.{name}.missing", Pointer = "/" + name, Message = $"the diagnosis has no {name}", Fix = name == "explanation" ? "say why the component fails, in a sentence or two" : "say what to do: the implementer's guidance, the amendment to propose, or the question to decide" });
            }
        }

        if (problems.Count > 0)
        {
            return CommandResults.Fail<DiagnoseReport>(Command, Outcome.Invalid, problems);
        }

        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<DiagnoseReport>(Command, outcome, diagnostics);
        }

        var layout = project.Layout;
        if (!File.Exists(layout.ContractJson(componentId)))
        {
            return CommandResults.Fail<DiagnoseReport>(Command, Outcome.NotFound, new Diagnostic { Rule = "diagnose.component.unknown", File = layout.Relative(layout.ContractJson(componentId)), Message = $"'{componentId}' has no contract: only a contracted component can be diagnosed", Fix = "name a component of `pact components`" });
        }

        var record = new DiagnosisRecord
        {
            ComponentId = componentId,
            Verdict = verdict,
            Explanation = explanation.Trim(),
            Guidance = guidance.Trim(),
            DiagnosedAt = store.Time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        // The detail is what the project log routes by (HealthTally.OpenDiagnoses).
        var written = await store.CommitAsync(layout, AuditActions.Diagnosis, DiagnosisDetail.Format(verdict, record.Guidance), [ProjectStore.Json(layout.DiagnosisJson(componentId), record, PactJson.Context.DiagnosisRecord)], cancellationToken, componentId);
        if (written is null)
        {
            return CommandResults.Fail<DiagnoseReport>(Command, Outcome.Busy, store.Busy(layout));
        }

        var seen = await status.GetAsync(layout.Root, cancellationToken);
        return CommandResults.Ok(Command, new DiagnoseReport
        {
            Diagnosis = record,
            File = layout.Relative(layout.DiagnosisJson(componentId)),
            Next = seen.Data?.Next ?? new NextStep { Command = $"pact status {layout.Root}", Tool = "pact_status", Reason = "see where the project stands" },
        });
    }

    /// <summary>The latest diagnosis of <paramref name="componentId"/>, or null.</summary>
    public static DiagnosisRecord? Latest(ProjectLayout layout, string componentId) =>
        JsonFiles.ReadOrNull(layout.DiagnosisJson(componentId), PactJson.Context.DiagnosisRecord);
}
