namespace Pact.Production;

/// <summary>The evidence Pact produces itself, from which derived gate items are satisfied.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<DerivedEvidence>))]
public enum DerivedEvidence
{
    /// <summary>A contract for every leaf component (contracts/&lt;id&gt;/interface.json).</summary>
    Contracts,

    /// <summary>A locked visible suite for every component with a contract (tests/&lt;id&gt;/contract_test_suite.json).</summary>
    ContractTests,

    /// <summary>The latest visible run of every leaf passed (the project log's test runs).</summary>
    TestResults,

    /// <summary>The latest hidden (Goodhart) run of every leaf passed.</summary>
    GoodhartTests,

    /// <summary>analysis.json written by <c>pact analyze</c>.</summary>
    Analysis,

    /// <summary>checklist.json written by <c>pact checklist</c>.</summary>
    Checklist,

    /// <summary>An Advocate review in .pact/reviews with nothing left open.</summary>
    Review,

    /// <summary>certification/certification.json written by <c>pact certify</c>.</summary>
    Certification,

    /// <summary>No generated stub body (NotImplementedError, NotImplementedException, "not implemented") left in src/.</summary>
    StubScan,
    SecretScan,
    DependencyManifest,
    Sbom,
    Openapi,
}
