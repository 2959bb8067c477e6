namespace Pact.Assessment;

/// <summary>The assessment's thresholds (reference G), overridable one by one with <c>--threshold KEY=VALUE</c>.</summary>
public sealed record AssessmentThresholds
{
    public double ShallowDepthRatio { get; init; } = 5.0;
    public double ShallowMinInterface { get; init; } = 3;
    public double HubFanInWarning { get; init; } = 8;
    public double HubFanInError { get; init; } = 15;
    public double ScatteredImportInfo { get; init; } = 5;
    public double ScatteredImportWarning { get; init; } = 10;

    public static readonly AssessmentThresholds Default = new();

    /// <summary>The keys, as the Python Pact names them.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["shallow_depth_ratio", "shallow_min_interface", "hub_fan_in_warning", "hub_fan_in_error", "scattered_import_info", "scattered_import_warning"];

    public const string Rule = "assess.threshold";

    /// <summary>The defaults with each <c>KEY=VALUE</c> applied; a malformed pair, an unknown key or a value that is not a finite number is a diagnostic naming it.</summary>
    public static (AssessmentThresholds Thresholds, IReadOnlyList<Diagnostic> Diagnostics) Parse(IEnumerable<string> pairs)
    {
        var thresholds = Default;
        var diagnostics = new List<Diagnostic>();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                diagnostics.Add(Problem($"threshold '{pair}' is not KEY=VALUE", $"write e.g. hub_fan_in_warning=12; the keys are {string.Join(", ", Keys)}"));
                continue;
            }
            var key = pair[..equals].Trim();
            var text = pair[(equals + 1)..].Trim();
            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Add(Problem($"unknown threshold '{key}'", $"use one of {string.Join(", ", Keys)}"));
                continue;
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
            {
                diagnostics.Add(Problem($"threshold '{key}' has value '{text}', which is not a non-negative number", $"write {key}=<number>, e.g. {key}={Default.Get(key).ToString(CultureInfo.InvariantCulture)}"));
                continue;
            }
            thresholds = thresholds.With(key, value);
        }

        return (thresholds, diagnostics);
    }

    public double Get(string key) => key switch
    {
        "shallow_depth_ratio" => ShallowDepthRatio,
        "shallow_min_interface" => ShallowMinInterface,
        "hub_fan_in_warning" => HubFanInWarning,
        "hub_fan_in_error" => HubFanInError,
        "scattered_import_info" => ScatteredImportInfo,
        "scattered_import_warning" => ScatteredImportWarning,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a threshold key"),
    };

    private AssessmentThresholds With(string key, double value) => key switch
    {
        "shallow_depth_ratio" => this with { ShallowDepthRatio = value },
        "shallow_min_interface" => this with { ShallowMinInterface = value },
        "hub_fan_in_warning" => this with { HubFanInWarning = value },
        "hub_fan_in_error" => this with { HubFanInError = value },
        "scattered_import_info" => this with { ScatteredImportInfo = value },
        "scattered_import_warning" => this with { ScatteredImportWarning = value },
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a threshold key"),
    };

    private static Diagnostic Problem(string message, string fix) => new() { Rule = Rule, Message = message, Pointer = "/threshold", Fix = fix };
}
