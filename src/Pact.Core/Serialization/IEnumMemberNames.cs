namespace Pact.Serialization;

/// <summary>
/// A converter that writes an enum's members as fixed strings, and can list them: the JSON Schema exporter can only
/// list the members of the framework's own enum converter, so schemas ask the converter itself.
/// </summary>
public interface IEnumMemberNames
{
    /// <summary>Every member, as it is written, in declaration order.</summary>
    IReadOnlyList<string> MemberNames { get; }
}
