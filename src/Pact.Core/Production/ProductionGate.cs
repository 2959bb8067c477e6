using Pact.Hashing;
using Pact.Readiness;

namespace Pact.Production;

/// <summary>
/// The production gate: every file of the pack and every control the readiness profile resolves to, each judged
/// satisfied, not applicable, or blocking (missing, stale, placeholder, failed) with the file and field to change.
/// Pure: the engine reads the pack, the evidence and the clock and hands them in.
/// </summary>
public static class ProductionGate
{
    public static IReadOnlyList<GateItemStatus> Evaluate(ProductionGateInput input)
    {
        var items = new List<GateItemStatus>();
        foreach (var file in input.Files)
        {
            items.Add(PackFile(input, file));
        }

        foreach (var (control, dimension, level) in Controls(input.Profile))
        {
            items.Add(Control(input, control, dimension, level));
        }

        return items;
    }

    /// <summary>A blocking item as a diagnostic: rule <c>production.&lt;state&gt;</c>, the item first in the message.</summary>
    public static Diagnostic ToDiagnostic(GateItemStatus item, Severity severity) => new()
    {
        Rule = $"production.{JsonNamingPolicy.SnakeCaseLower.ConvertName(item.State.ToString())}",
        Severity = severity,
        File = item.File,
        Pointer = item.Pointer,
        Message = $"{item.Item}: {item.Detail}",
        Fix = item.Fix,
    };

    /// <summary>The resolved controls, baseline then custom, with the dimension and level that demand each.</summary>
    public static IEnumerable<(ReadinessControl Control, ReadinessDimension Dimension, ReadinessLevel? Level)> Controls(ReadinessProfile profile)
    {
        foreach (var dimension in ResolvedReadiness.Of(profile).Dimensions)
        {
            foreach (var control in dimension.BaselineControls)
            {
                yield return (control, dimension.Dimension, control.Level);
            }

            // A custom control is its own text: it has no id in the catalogue and no Pact evidence, so it is external.
            foreach (var custom in dimension.CustomControls)
            {
                yield return (new ReadinessControl { Id = custom, Title = custom, Level = dimension.Level }, dimension.Dimension, null);
            }
        }
    }

    private static GateItemStatus PackFile(ProductionGateInput input, PackFileRead file)
    {
        GateItemStatus Item(GateItemState state, string detail, string? pointer = null, string? fix = null) => new()
        {
            Item = file.Name, Title = $"pack file {file.Name}", Kind = GateItemKind.Pack, State = state, Detail = detail, File = file.File, Pointer = pointer, Fix = fix,
        };

        if (!file.Exists)
        {
            return Item(GateItemState.Missing, "the pack file is missing", fix: $"restore it, or scaffold the pack again with `pact production init --force`");
        }

        if (file.Errors.Count > 0)
        {
            var first = file.Errors[0];
            return Item(GateItemState.Failed, first.Message, first.Pointer, first.Fix ?? $"see `pact schema` for the file's shape");
        }

        if (file.PlaceholderLine is { } line)
        {
            return Item(GateItemState.Placeholder, $"line {line} still carries the {PlaceholderRule.Marker} placeholder", fix: $"write the real content in place of every {PlaceholderRule.Marker} marker");
        }

        if (file.Name == ProductionFiles.Manifest && input.Manifest is { } manifest)
        {
            if (ContentHash.Of(manifest.Readiness, PactJson.Context.ReadinessProfile) != ContentHash.Of(input.Profile, PactJson.Context.ReadinessProfile))
            {
                return Item(GateItemState.Failed, "the readiness profile differs from pact.yaml's, so the pack was made for other controls", "/readiness",
                    "copy pact.yaml's readiness: block into manifest.yaml (and re-seed control_matrix.yaml), or change pact.yaml");
            }

            if (manifest.SourceFingerprint != input.CurrentFingerprint)
            {
                return Item(GateItemState.Stale, $"the project changed since the evidence was gathered (fingerprint {Short(manifest.SourceFingerprint)}, now {Short(input.CurrentFingerprint)})", "/source_fingerprint",
                    "gather the evidence again (test, polish, certify, reports), then `pact production fingerprint --write`");
            }
        }

        return Item(GateItemState.Satisfied, "present, valid, no placeholder");
    }

    private static GateItemStatus Control(ProductionGateInput input, ReadinessControl control, ReadinessDimension dimension, ReadinessLevel? level)
    {
        var kind = level is null ? GateItemKind.External : ControlEvidenceMap.KindOf(control.Id);
        var matrixFile = $"{input.PackDir}/{ProductionFiles.ControlMatrix}";
        GateItemStatus Item(GateItemState state, string detail, string? file = null, string? pointer = null, string? fix = null) => new()
        {
            Item = control.Id, Title = control.Title, Kind = kind, State = state, Detail = detail, File = file, Pointer = pointer, Fix = fix,
        };

        if (input.Matrix is { } matrix)
        {
            var row = matrix.Controls.Select((entry, index) => (entry, index)).FirstOrDefault(r => r.entry.Id == control.Id);
            if (row.entry is null)
            {
                return Item(GateItemState.Failed, $"{JsonNamingPolicy.SnakeCaseLower.ConvertName(dimension.ToString())} at its level demands it, but the control matrix does not list it", matrixFile, "/controls",
                    $"add a row for {control.Id} (kind: {Name(kind)}), or scaffold the pack again with `pact production init --force`");
            }

            if (row.entry.Kind != kind)
            {
                return Item(GateItemState.Failed, $"the control matrix says {Name(row.entry.Kind)}, but it is {Name(kind)}: {(kind == GateItemKind.Derived ? "only Pact's own evidence satisfies it" : "no Pact evidence shows it")}", matrixFile, $"/controls/{row.index}/kind",
                    $"set kind: {Name(kind)}");
            }
        }

        var naFile = $"{input.PackDir}/{ProductionFiles.NaRegister}";
        var na = (input.NaRegister?.Records ?? []).Select((record, index) => (record, index)).Where(r => r.record.Item == control.Id).ToList();
        if (na.Count > 0)
        {
            var (record, index) = na[^1];
            if (string.IsNullOrWhiteSpace(record.Justification))
            {
                return Item(GateItemState.Failed, "declared not applicable without a justification", naFile, $"/records/{index}/justification", "say why the control does not apply to this project");
            }

            if (string.IsNullOrWhiteSpace(record.Review))
            {
                return Item(GateItemState.Failed, "declared not applicable without a review reference", naFile, $"/records/{index}/review", "name the review that accepted it (a .pact/reviews id or a signed document)");
            }

            return Item(GateItemState.NotApplicable, $"not applicable: {record.Justification.Trim()} (review {record.Review.Trim()})", naFile, $"/records/{index}");
        }

        return kind == GateItemKind.Derived ? Derived(input, control, Item) : External(input, control, Item);
    }

    private static GateItemStatus Derived(ProductionGateInput input, ReadinessControl control, Func<GateItemState, string, string?, string?, string?, GateItemStatus> item)
    {
        var findings = ControlEvidenceMap.Of(control.Id).Select(e => input.Derived[e]).ToList();
        if (findings.FirstOrDefault(f => f.State != GateItemState.Satisfied) is { } blocking)
        {
            return item(blocking.State, $"{Name(blocking.Evidence)}: {blocking.Detail}", blocking.File, null,
                $"produce it with Pact (derived items take no external record), or record {control.Id} in na_register.yaml with a justification and a review");
        }

        return item(GateItemState.Satisfied, string.Join("; ", findings.Select(f => $"{Name(f.Evidence)}: {f.Detail}")), findings[0].File, null, null);
    }

    private static GateItemStatus External(ProductionGateInput input, ReadinessControl control, Func<GateItemState, string, string?, string?, string?, GateItemStatus> item)
    {
        var gateFile = $"{input.PackDir}/{ProductionFiles.DoneGate}";
        var records = (input.DoneGate?.Evidence ?? []).Select((record, index) => (record, index)).Where(r => r.record.Item == control.Id).ToList();
        if (records.Count == 0)
        {
            return item(GateItemState.Missing, "an external item with no evidence record", gateFile, "/evidence",
                $"add {{item: {control.Id}, file: reports/…, sha256, date}} to done_gate.yaml, or record it in na_register.yaml");
        }

        // Any one sound record satisfies the item; otherwise the newest record's problem is the one to fix.
        GateItemStatus? problem = null;
        var maxAge = TimeSpan.FromDays(input.Manifest?.MaxValidationAgeDays ?? 0);
        foreach (var (record, index) in records)
        {
            var evidence = index < input.EvidenceFiles.Count ? input.EvidenceFiles[index] : new EvidenceFileRead();
            var file = $"{input.PackDir}/{record.File}";
            problem = evidence.Sha256 is null
                ? item(GateItemState.Missing, $"its evidence file {record.File} is not in the pack", gateFile, $"/evidence/{index}/file", "put the file under the pack directory (e.g. reports/) and name it relative to the pack")
                : evidence.PlaceholderLine is { } line
                    ? item(GateItemState.Placeholder, $"its evidence file still carries the {PlaceholderRule.Marker} placeholder at line {line}", file, null, "finish the evidence, then record its new sha256")
                    : evidence.Sha256 != record.Sha256
                        ? item(GateItemState.Stale, $"{record.File} changed since it was recorded (sha256 {record.Sha256[..12]}…, now {evidence.Sha256[..12]}…)", gateFile, $"/evidence/{index}/sha256", "check the evidence still holds, then record its new sha256")
                        : record.Date > input.Now
                            ? item(GateItemState.Failed, $"its evidence is dated {record.Date:O}, in the future", gateFile, $"/evidence/{index}/date", "give the date the evidence was produced")
                            : input.Now - record.Date > maxAge
                                ? item(GateItemState.Stale, $"its evidence is dated {record.Date:yyyy-MM-dd}, older than max_validation_age_days ({input.Manifest?.MaxValidationAgeDays ?? 0})", gateFile, $"/evidence/{index}/date", "produce the evidence again and record it with today's date")
                                : null;
            if (problem is null)
            {
                return item(GateItemState.Satisfied, $"evidence {record.File} of {record.Date:yyyy-MM-dd}", file, null, null);
            }
        }

        return problem!;
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string Short(string fingerprint) => fingerprint.Length > 19 ? fingerprint[..19] + "…" : fingerprint;
}
