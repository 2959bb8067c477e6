namespace Pact.Gates;

/// <summary>Shorthands the gate rules use to build their diagnostics: one file, errors or warnings.</summary>
internal static class Findings
{
    public static Diagnostic Error(string rule, string file, string pointer, string message, string fix) =>
        new() { Rule = rule, File = file, Pointer = pointer, Message = message, Fix = fix };

    public static Diagnostic Warning(string rule, string file, string pointer, string message, string fix) =>
        new() { Rule = rule, File = file, Pointer = pointer, Message = message, Fix = fix, Severity = Severity.Warning };
}
