using Pact.Engine.Gates;
using Pact.Readiness;

namespace Pact.Engine.Judge.Certification;

/// <summary>
/// What certify checks before it runs a suite: that the whole law is there. A certificate says the project met its own
/// law, so each gap refuses it with its own rule and names what is missing: task.md still the template, no
/// decomposition, <c>pact validate</c> errors, a leaf without a contract, a component without a locked visible suite,
/// and, where the readiness profile asks for hidden suites, a component without one.
/// </summary>
public sealed class CertifyPreconditions(ValidateService validation, ComponentsService components)
{
    public const string TaskTemplate = "certify.task_template";
    public const string NoDecomposition = "certify.no_decomposition";
    public const string ValidateFailed = "certify.validate_failed";
    public const string ContractMissing = "certify.contract_missing";
    public const string VisibleSuiteMissing = "certify.visible_suite_missing";
    public const string HiddenSuiteMissing = "certify.hidden_suite_missing";

    /// <param name="project">The opened project (validate and the component listing read it).</param>
    /// <param name="judge">The snapshot's judge layout: which suites are locked.</param>
    /// <param name="config">The snapshot's pact.yaml: its readiness profile decides whether hidden suites are required.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<Diagnostic>> CheckAsync(Project project, JudgeLayout judge, PactConfig config, CancellationToken cancellationToken)
    {
        var layout = project.Layout;
        var found = new List<Diagnostic>();
        if (!File.Exists(layout.TaskMd) || (await File.ReadAllTextAsync(layout.TaskMd, cancellationToken)).Trim() == Templates.Task.Trim())
        {
            found.Add(Refuse(TaskTemplate, "task.md", "task.md is still the template: a certificate says the task was met, and no task is written", $"describe the task in task.md (or `pact spec apply {layout.Root} build_spec.yaml`), then certify"));
        }

        var validated = await validation.ValidateAsync(layout.Root, cancellationToken);
        var errors = validated.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (!validated.Ok)
        {
            var named = string.Join("; ", errors.Take(5).Select(e => $"{e.Rule} ({e.File})"));
            found.Add(Refuse(ValidateFailed, errors.FirstOrDefault()?.File ?? "", $"`pact validate` has {errors.Count} error(s): {named}{(errors.Count > 5 ? "; …" : "")}", $"fix what `pact validate {layout.Root}` reports, then certify"));
        }

        var (listing, _) = await components.ReadAsync(layout, cancellationToken);
        if (listing.Components.Count == 0)
        {
            found.Add(Refuse(NoDecomposition, "decomposition/tree.json", "there is no decomposition (decomposition/tree.json is missing or unreadable): nothing says which components the task needs, so nothing says the suites cover it", $"submit one with `pact decompose {layout.Root} --file tree.json`"));
            return found;
        }

        // As the gates have it: every leaf is judged; a parent is judged once it has a contract.
        var judged = listing.Components.Where(c => c.Type == "leaf" || c.HasContract).ToList();
        var visible = judge.Components(SuiteKind.Visible).ToHashSet(StringComparer.Ordinal);
        var hidden = judge.Components(SuiteKind.Hidden).ToHashSet(StringComparer.Ordinal);
        var noContract = judged.Where(c => !c.HasContract).Select(c => c.Id).ToList();
        if (noContract.Count > 0)
        {
            found.Add(Refuse(ContractMissing, $"contracts/{noContract[0]}/interface.json", $"leaf component(s) without a contract: {string.Join(", ", noContract)}", $"submit one with `pact contract {layout.Root} {noContract[0]} --file interface.json`"));
        }

        var noVisible = judged.Where(c => !visible.Contains(c.Id)).Select(c => c.Id).ToList();
        if (noVisible.Count > 0)
        {
            found.Add(Refuse(VisibleSuiteMissing, $"tests/{noVisible[0]}", $"component(s) without a locked visible suite: {string.Join(", ", noVisible)}", $"lock one with `pact tests {layout.Root} {noVisible[0]} --file suite.json`"));
        }

        if (HiddenRequiredBy(config.Readiness ?? new ReadinessProfile()) is { } reason)
        {
            var noHidden = judged.Where(c => !hidden.Contains(c.Id)).Select(c => c.Id).ToList();
            if (noHidden.Count > 0)
            {
                found.Add(Refuse(HiddenSuiteMissing, "pact.yaml", $"the readiness profile asks for hidden suites ({reason}) and these component(s) have none: {string.Join(", ", noHidden)}", $"lock one with `pact goodhart {layout.Root} {noHidden[0]} --file hidden.json` (the audit directory keeps it)"));
            }
        }

        return found;
    }

    /// <summary>
    /// Why the profile requires hidden suites, or null. Control GAT-02 ("hidden suites exist for every component", gating
    /// standard and above) says so, and so does testing at standard or above: a suite the implementer has seen is not
    /// a test of that level.
    /// </summary>
    public static string? HiddenRequiredBy(ReadinessProfile profile)
    {
        var reasons = new List<string>();
        if (ReadinessCatalog.Baseline(ReadinessDimension.Gating, profile.Gating.Level).Any(c => c.Id == "GAT-02"))
        {
            reasons.Add($"gating: {profile.Gating.Level.ToString().ToLowerInvariant()}, control GAT-02");
        }

        if (profile.Testing.Level >= ReadinessLevel.Standard)
        {
            reasons.Add($"testing: {profile.Testing.Level.ToString().ToLowerInvariant()}");
        }

        return reasons.Count > 0 ? string.Join("; ", reasons) : null;
    }

    private static Diagnostic Refuse(string rule, string file, string message, string fix) => new() { Rule = rule, File = file, Message = message, Fix = fix };
}
