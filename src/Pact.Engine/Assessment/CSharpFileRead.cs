using Pact.Assessment;

namespace Pact.Engine.Assessment;

/// <summary>One C# file as Roslyn read it: the namespaces it declares (with their public top-level types), its usings and global usings, or its first syntax error.</summary>
internal sealed record CSharpFileRead(string Path, int Loc, IReadOnlyList<(string Name, int PublicTypes)> Namespaces, IReadOnlyList<ParsedImport> Usings, IReadOnlyList<ParsedImport> GlobalUsings, string? Error, int? ErrorLine);
