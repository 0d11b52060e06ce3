namespace Kenes.Domain.Tests.Law;

public class SourceDeclarationsTests
{
    [Fact]
    public void Read_NamesTypeAndMember_WhenAttributesPrecedeThem()
    {
        const string source = """
            namespace N;

            /// <summary>R3.</summary>
            [Implements("R3")]
            public sealed class CreateCouncil(Db db)
            {
                public sealed record Input(string? Name);

                [Implements("R5.5"), Implements("R5.6")]
                public static IReadOnlyList<Violation> OptionalCategories(Draft d, int limit = 2) => [];

                [Implements("M6")]
                public static int Seats { get; } = 3;

                [Implements("R8")] public async Task<(Outcome O, Violation? V)> DecideAsync(int a)
                {
                }
            }
            """;

        var found = SourceDeclarations.Read(source)
            .Select(d => (d.Kind, d.QualifiedName, Norms: string.Join(",", d.Attributes.Select(a => AttributeUse.Value(a.Arguments[0])))))
            .ToList();

        Assert.Equal(
            [
                (DeclarationKind.Type, "CreateCouncil", "R3"),
                (DeclarationKind.Member, "CreateCouncil.OptionalCategories", "R5.5,R5.6"),
                (DeclarationKind.Member, "CreateCouncil.Seats", "M6"),
                (DeclarationKind.Member, "CreateCouncil.DecideAsync", "R8"),
            ],
            found);
    }

    [Fact]
    public void Read_KeepsClassAttributesAndNesting_WhenTestsAreStackedAndMultiLine()
    {
        const string source = """
            [Trait("Norm", "R10")]
            public abstract class ScreeningTests(Factory app)
            {
                private static readonly string[] Codes = [
                    "a", "b"];

                public static Dictionary<string, string> Map { get; } = new()
                {
                    ["R3"] = "x",
                };

                [Fact]
                [Trait("Norm", "R8")]
                [Trait("Norm", "R9.2")]
                public async Task Screen_Decides_WhenInTime()
                {
                    int[] xs = [1, 2];
                }

                [Theory]
                [InlineData("]", 1,
                    2)]
                public void Parse_Works(string s, int a, int b) { }

                public class Nested
                {
                    [SkippableFact]
                    public void Inner() { }
                }
            }
            """;

        var found = SourceDeclarations.Read(source).ToList();

        var screen = Assert.Single(found, d => d.Name == "Screen_Decides_WhenInTime");
        Assert.Equal("ScreeningTests.Screen_Decides_WhenInTime", screen.QualifiedName);
        Assert.Equal(["Fact", "Trait", "Trait"], screen.Attributes.Select(a => a.Name));
        Assert.Equal("\"R9.2\"", screen.Attributes[2].Arguments[1]);
        Assert.Equal("\"Norm\"", Assert.Single(screen.Enclosing!.Attributes).Arguments[0]);
        Assert.Equal("ScreeningTests.Parse_Works", Assert.Single(found, d => d.Name == "Parse_Works").QualifiedName);
        Assert.Equal("ScreeningTests.Nested.Inner", Assert.Single(found, d => d.Name == "Inner").QualifiedName);
        Assert.DoesNotContain(found, d => d.Kind == DeclarationKind.Unknown);
    }

    [Fact]
    public void Read_ReportsUnknown_WhenAttributeDecoratesNoDeclaration()
    {
        var found = Assert.Single(SourceDeclarations.Read("""
            public class C
            {
                [Implements("R3")]
            }
            """));

        Assert.Equal(DeclarationKind.Unknown, found.Kind);
        Assert.Equal(3, found.Line);
    }

    [Fact]
    public void Value_KeepsSourceText_WhenArgumentIsNotAStringLiteral()
    {
        Assert.Equal("R8", AttributeUse.Value("\"R8\""));
        Assert.Equal("Ids.R8", AttributeUse.Value("Ids.R8"));
    }
}
