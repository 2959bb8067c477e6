namespace Pact.Suites;

/// <summary>
/// One way an amendment to a frozen suite changes what the locked tests mean: the name it redefines, shadows or
/// patches ("" when the statement binds none), the line in the submitted code (when the parser knows it) and why.
/// </summary>
public sealed record Redefinition(string Name, int? Line, string Problem);
