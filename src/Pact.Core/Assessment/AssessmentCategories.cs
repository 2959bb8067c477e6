namespace Pact.Assessment;

/// <summary>The assessment's categories: the Python Pact's five, and one for a file Pact could not read or parse.</summary>
public static class AssessmentCategories
{
    public const string ShallowModule = "shallow_module";
    public const string HubDependency = "hub_dependency";
    public const string TightCoupling = "tight_coupling";
    public const string ScatteredLogic = "scattered_logic";
    public const string TestGap = "test_gap";

    /// <summary>
    /// Not one of the Python Pact's: it counted such a file's lines and said nothing. Numbered after every other
    /// finding, so the ids of the five categories stay the ones the Python Pact gives.
    /// </summary>
    public const string ParseError = "parse_error";

    public static readonly IReadOnlyList<string> All = [ShallowModule, HubDependency, TightCoupling, ScatteredLogic, TestGap, ParseError];
}
