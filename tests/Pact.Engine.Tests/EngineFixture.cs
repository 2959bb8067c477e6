using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Pact.Engine.Tests;

/// <summary>The real services over a temporary directory, with a fake clock so times in artifacts are known.</summary>
public sealed class EngineFixture : IDisposable
{
    private readonly ServiceProvider _services;

    /// <param name="configure">Services registered before Pact's own, which then take their place (e.g. a toolchain over a chosen environment).</param>
    /// <param name="projectName">The project directory's name, which names C# stubs' namespaces.</param>
    public EngineFixture(Action<IServiceCollection>? configure = null, string projectName = "project")
    {
        ProjectName = projectName;
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        configure?.Invoke(services);
        _services = services
            .AddSingleton<TimeProvider>(Time)
            .AddPact(new PactRuntime { Actor = "test", LockTimeout = TimeSpan.FromSeconds(20) })
            .BuildServiceProvider(validateScopes: true);
    }

    public FakeTimeProvider Time { get; }

    public TempDirectory Dir { get; } = new();

    public string ProjectName { get; }

    public string Project => Dir.Combine(ProjectName);

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public void Dispose()
    {
        _services.Dispose();
        Dir.Dispose();
    }
}
