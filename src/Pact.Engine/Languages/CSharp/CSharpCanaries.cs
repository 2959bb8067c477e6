namespace Pact.Engine.Languages.CSharp;

/// <summary>C#'s canaries: a class of xunit facts calling <c>global::Xunit.Assert</c>, which the suite gate makes the suite's only assertions.</summary>
public static class CSharpCanaries
{
    public static (string Code, IReadOnlyList<Canary> Canaries) Write(Func<string> name)
    {
        var canaries = new List<Canary>();
        var (a, b) = Canaries.Different();
        var fail = name();
        var same = Canaries.Number();
        var pass = name();
        var throws = name();
        canaries.AddRange([new Canary(fail, true), new Canary(pass, false), new Canary(throws, true)]);
        var type = "ContractTests" + Canaries.Number().ToString(CultureInfo.InvariantCulture);
        var text = $$"""

            public sealed class {{type}}
            {
                [global::Xunit.Fact]
                public void {{fail}}() => global::Xunit.Assert.Equal({{a}}, {{b}});

                [global::Xunit.Fact]
                public void {{pass}}() => global::Xunit.Assert.Equal({{same}}, {{same}});

                [global::Xunit.Fact]
                public void {{throws}}() => global::Xunit.Assert.Throws<global::System.InvalidOperationException>(() => {{same}});
            }

            """;
        return (text, canaries);
    }
}
