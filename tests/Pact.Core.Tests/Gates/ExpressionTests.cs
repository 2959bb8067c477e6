using Pact.Gates.Contracts;

namespace Pact.Core.Tests.Gates;

public sealed class ExpressionTests
{
    [Theory]
    [InlineData("list[dict[str, Bar]]", "list,dict,str,Bar")]
    [InlineData("str | None", "str,None")]
    [InlineData("tuple[int, [a, b]]", "tuple,int,a,b")]
    [InlineData("Callable[[], None]", "Callable,None")]
    [InlineData("pricing.Quote", "pricing.Quote")]
    public void BaseNames_FollowTheReference(string expression, string expected) =>
        Assert.Equal(expected.Split(','), TypeExpression.BaseNames(expression));

    [Theory]
    [InlineData("list[int")]
    [InlineData("int]")]
    [InlineData("dict[str,]")]
    [InlineData("")]
    [InlineData("9lives")]
    public void BaseNames_RefuseMalformedExpressions(string expression) => Assert.Null(TypeExpression.BaseNames(expression));

    [Theory]
    [InlineData("0.01 <= value <= 999999.99", "0.01", "999999.99")]
    [InlineData("value > 0", "0", null)]
    [InlineData("value<=10", null, "10")]
    [InlineData("5 < value", "5", null)]
    [InlineData("10 >= value >= -3", "-3", "10")]
    public void Ranges_Parse(string text, string? low, string? high)
    {
        var parsed = BoundExpression.Parse(text, "value");

        Assert.NotNull(parsed);
        Assert.Equal(low is null ? null : decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), parsed.Low);
        Assert.Equal(high is null ? null : decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), parsed.High);
    }

    [Theory]
    [InlineData("between 1 and 2")]
    [InlineData("value")]
    [InlineData("1 <= value >= 3")]
    [InlineData("value <= 1 <= 2")]
    [InlineData("len(value) <= 3")]
    [InlineData("value <= 1e3")]
    public void Ranges_OutsideTheGrammar_DoNotParse(string text) => Assert.Null(BoundExpression.Parse(text, "value"));

    [Fact]
    public void Lengths_UseLenOfValue()
    {
        Assert.Equal(64m, BoundExpression.Parse("len(value) <= 64", "len(value)")!.High);
        Assert.True(BoundExpression.Parse("3 < len(value) < 3", "len(value)")!.IsEmpty);
    }
}
