using System.Text;

namespace Pact.Handoff;

/// <summary>
/// The language-neutral (Python-like) interface stub of a contract (reference B.21 <c>render_stub</c>): header, types,
/// function signatures with their conditions, errors and side effects, and the names an implementation must export.
/// </summary>
public static class InterfaceStub
{
    private static readonly HashSet<string> NotExports = new(StringComparer.Ordinal)
    {
        "int", "str", "float", "bool", "bytes", "None", "dict", "list", "tuple", "set", "any", "Any", "Optional", "Union",
        "Exception", "ValueError", "TypeError", "KeyError", "RuntimeError", "Path", "datetime", "Decimal", "UUID", "BaseModel",
    };

    public static string Render(ComponentContract contract)
    {
        var text = new StringBuilder();
        text.Append("# === ").Append(contract.Name).Append(" (").Append(contract.ComponentId).Append(") v").Append(contract.Version).AppendLine(" ===");
        if (contract.Dependencies.Count > 0)
        {
            text.Append("#  Dependencies: ").AppendLine(string.Join(", ", contract.Dependencies));
        }
        text.Append("# ").AppendLine(contract.Description);
        if (contract.Invariants.Count > 0)
        {
            text.AppendLine("# Module invariants:");
            foreach (var invariant in contract.Invariants)
            {
                text.Append("#   - ").AppendLine(invariant);
            }
        }
        foreach (var type in contract.Types)
        {
            text.AppendLine();
            RenderType(type, text);
        }
        foreach (var function in contract.Functions)
        {
            text.AppendLine();
            RenderFunction(function, text);
        }
        text.AppendLine().AppendLine("# ── REQUIRED EXPORTS ──");
        text.Append("# __all__ = [").Append(string.Join(", ", RequiredExports(contract).Select(e => $"'{e}'"))).AppendLine("]");
        return text.ToString();
    }

    /// <summary>Non-builtin type names, function names and error types: what the implementation module must define.</summary>
    public static IReadOnlyList<string> RequiredExports(ComponentContract contract) =>
        contract.Types.Where(t => t.Kind != TypeKind.Primitive).Select(t => t.Name)
            .Concat(contract.Functions.Select(f => f.Name))
            .Concat(contract.Functions.SelectMany(f => f.ErrorCases).Select(e => e.ErrorType))
            .Where(n => !NotExports.Contains(n) && !n.Contains('.', StringComparison.Ordinal) && !n.StartsWith("__", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();

    private static void RenderType(TypeSpec type, StringBuilder text)
    {
        switch (type.Kind)
        {
            case TypeKind.Enum:
                text.Append("class ").Append(type.Name).AppendLine("(Enum):");
                Docstring(type.Description, text);
                foreach (var variant in type.Variants)
                {
                    text.Append("    ").Append(variant).Append(" = \"").Append(variant).AppendLine("\"");
                }
                break;
            case TypeKind.List:
                text.Append(type.Name).Append(" = list[").Append(type.ItemType).AppendLine("]");
                break;
            case TypeKind.Optional:
                text.Append(type.Name).Append(" = ").Append(type.InnerTypes.FirstOrDefault() ?? "object").AppendLine(" | None");
                break;
            case TypeKind.Union:
                text.Append(type.Name).Append(" = ").AppendLine(string.Join(" | ", type.InnerTypes));
                break;
            default:
                text.Append("class ").Append(type.Name).AppendLine(":");
                Docstring(type.Description, text);
                foreach (var field in type.Fields)
                {
                    var line = $"    {field.Name}: {field.TypeRef}{(field.Default.Length > 0 ? $" = {field.Default}" : "")}";
                    var notes = new List<string> { field.Required ? "required" : "optional" };
                    notes.AddRange(field.Validators.Select(v => $"{v.Kind.ToString().ToLowerInvariant()}({v.Expression})"));
                    if (field.Description.Length > 0)
                    {
                        notes.Add(field.Description);
                    }
                    text.Append(line.PadRight(40)).Append("  # ").AppendLine(string.Join(", ", notes));
                }
                if (type.Fields.Count == 0 && type.Description.Length == 0)
                {
                    text.AppendLine("    ...");
                }
                break;
        }
    }

    private static void RenderFunction(FunctionContract function, StringBuilder text)
    {
        var parameters = string.Join(", ", function.Inputs.Select(i => $"{i.Name}: {i.TypeRef}{(i.Default.Length > 0 ? $" = {i.Default}" : "")}"));
        text.Append(function.IsAsync ? "async def " : "def ").Append(function.Name).Append('(').Append(parameters).Append(") -> ").Append(function.OutputType).AppendLine(":");
        text.Append("    \"\"\"").AppendLine(function.Description);
        Section("Preconditions", function.Preconditions, text);
        Section("Postconditions", function.Postconditions, text);
        if (function.ErrorCases.Count > 0)
        {
            text.AppendLine().AppendLine("    Errors:");
            foreach (var error in function.ErrorCases)
            {
                text.Append("      - ").Append(error.Name).Append(" (").Append(error.ErrorType).Append("): ").AppendLine(error.Condition);
                foreach (var (key, value) in error.ErrorData)
                {
                    text.Append("          ").Append(key).Append(": ").AppendLine(value);
                }
            }
        }
        text.AppendLine().Append("    Side effects: ").AppendLine(function.SideEffects.Count > 0 ? string.Join("; ", function.SideEffects) : "none");
        text.Append("    Idempotent: ").AppendLine(function.Idempotent ? "yes" : "no");
        text.AppendLine("    \"\"\"").AppendLine("    ...");
    }

    private static void Section(string title, IReadOnlyList<string> lines, StringBuilder text)
    {
        if (lines.Count == 0)
        {
            return;
        }
        text.AppendLine().Append("    ").Append(title).AppendLine(":");
        foreach (var line in lines)
        {
            text.Append("      - ").AppendLine(line);
        }
    }

    private static void Docstring(string description, StringBuilder text)
    {
        if (description.Length > 0)
        {
            text.Append("    \"\"\"").Append(description).AppendLine("\"\"\"");
        }
    }
}
