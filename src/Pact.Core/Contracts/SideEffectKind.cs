namespace Pact.Contracts;

[JsonConverter(typeof(SnakeCaseEnumConverter<SideEffectKind>))]
public enum SideEffectKind
{
    None,
    ReadsFile,
    WritesFile,
    NetworkCall,
    MutatesState,
    Logging,
}
