using Pact.Engine.Gates;
using Pact.Engine.Judge.Suites;
using Pact.Engine.Projects;
using Pact.Engine.Specs;
using Pact.Engine.Storage;
using Pact.Judge;
using Pact.Projects;
using Pact.Schemas;
using Pact.Specs;
using Pact.Suites;

namespace Pact.Engine.Tests;

/// <summary>
/// The services as the CLI calls them: the file is read once by <see cref="ArtifactFile"/> and the document handed
/// on, so a test that names a file (or a missing one) goes the way `pact … --file F` goes.
/// </summary>
public static class FileInputs
{
    public static Task<CommandResult<SubmitReport>> DecomposeAsync(this SubmitService service, string directory, string file, CancellationToken ct) =>
        ArtifactFile.WithAsync(SubmitService.DecomposeCommand, file, ArtifactKind.Decomposition, d => service.DecomposeAsync(directory, d, ct), ct);

    public static Task<CommandResult<SubmitReport>> ContractAsync(this SubmitService service, string directory, string componentId, string file, CancellationToken ct) =>
        ArtifactFile.WithAsync(SubmitService.ContractCommand, file, ArtifactKind.Contract, d => service.ContractAsync(directory, componentId, d, ct), ct);

    public static Task<CommandResult<SubmitReport>> InterviewAsync(this SubmitService service, string directory, string file, CancellationToken ct) =>
        ArtifactFile.WithAsync(SubmitService.InterviewCommand, file, ArtifactKind.Interview, d => service.InterviewAsync(directory, d, answer: null, ct), ct);

    public static Task<CommandResult<SubmitReport>> ShapeAsync(this SubmitService service, string directory, string file, CancellationToken ct) =>
        ArtifactFile.WithAsync(SubmitService.ShapeCommand, file, ArtifactKind.Pitch, d => service.ShapeAsync(directory, d, ct), ct);

    public static Task<CommandResult<SuiteLockReport>> LockAsync(this SuiteLockService service, string directory, string componentId, string file, SuiteKind kind, CancellationToken ct) =>
        ArtifactFile.WithAsync(SuiteLockService.CommandOf(kind), file, ArtifactKind.TestSuite, d => service.LockAsync(directory, componentId, d, kind, ct), ct);

    public static Task<CommandResult<SpecApplyReport>> ApplyAsync(this SpecService service, string directory, string file, CancellationToken ct) =>
        ArtifactFile.WithAsync(SpecService.ApplyCommand, file, ArtifactKind.BuildSpec, d => service.ApplyAsync(directory, d, ct), ct);

    public static Task<CommandResult<NormalizedSpec>> ShowAsync(this SpecService _, string file, CancellationToken ct) =>
        ArtifactFile.WithAsync(SpecService.ShowCommand, file, ArtifactKind.BuildSpec, d => Task.FromResult(SpecService.Show(d)), ct);

    public static Task<CommandResult<InitReport>> InitAsync(this InitService service, string directory, string? specFile, TestLanguage? language, CancellationToken ct) =>
        specFile is null ? service.InitAsync(directory, null, language, ct)
            : ArtifactFile.WithAsync(InitService.Command, specFile, ArtifactKind.BuildSpec, d => service.InitAsync(directory, d, language, ct), ct);
}
