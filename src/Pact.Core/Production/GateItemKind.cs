namespace Pact.Production;

/// <summary>How a gate item is satisfied.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<GateItemKind>))]
public enum GateItemKind
{
    /// <summary>Only by evidence Pact produced itself (contracts, runs, certificate, static checks).</summary>
    Derived,

    /// <summary>Only by an explicit evidence record in done_gate.yaml (a file, its hash, its date).</summary>
    External,

    /// <summary>A file of the pack itself: present, valid, no placeholder, not stale.</summary>
    Pack,
}
