using Kenes.Domain.Law;

namespace Kenes.Domain.Tests.Law;

public class NormCatalogueTests
{
    /// <summary>Every paragraph and subparagraph of the order, written out independently of the catalogue.</summary>
    private static readonly string[] ExpectedIds =
    [
        "O1", "O1.1", "O1.2", "O2", "O2.1", "O2.2", "O2.3", "O3", "O4",
        "R1", "R2", "R2.1", "R2.2", "R2.3", "R3", "R4",
        "R5", "R5.1", "R5.2", "R5.3", "R5.4", "R5.5", "R5.6", "R5.7",
        "R6", "R7", "R7.1", "R7.2", "R7.3", "R7.4", "R8", "R9", "R9.1", "R9.2", "R10", "R11",
        "F",
        "M1", "M2", "M2.1", "M2.2", "M2.3", "M2.4", "M2.5", "M3",
        "M4", "M4.1", "M4.2", "M4.3", "M4.4", "M4.5",
        "M5", "M5.1", "M5.2", "M5.3", "M5.4", "M5.5",
        "M6", "M7", "M8", "M9", "M10", "M11",
        "M12", "M12.1", "M12.2", "M12.3", "M12.4", "M12.5",
    ];

    [Fact]
    public void All_HoldsEveryParagraphAndSubparagraphInTextOrder_WhenComparedWithTheOrder() =>
        Assert.Equal(ExpectedIds, Norms.All.Select(n => n.Id));

    [Fact]
    public void All_HasKazakhAndEnglishText_ForEveryNorm()
    {
        var kazakhLetters = "әғқңөұүһі".ToCharArray();
        Assert.All(Norms.All, n =>
        {
            Assert.False(string.IsNullOrWhiteSpace(n.En), n.Id);
            Assert.True(n.Kk.ToLowerInvariant().IndexOfAny(kazakhLetters) >= 0, $"{n.Id}: not Kazakh text");
        });
    }

    [Fact]
    public void All_PointsToExistingParent_ForEverySubparagraph() =>
        Assert.All(Norms.All.Where(n => n.ParentId is not null), n =>
        {
            Assert.True(Norms.TryGet(n.ParentId!, out _), n.Id);
            Assert.StartsWith(n.ParentId + ".", n.Id, StringComparison.Ordinal);
        });

    [Fact]
    public void Get_ReturnsNormWithOfficialText_WhenIdExists()
    {
        var norm = Norms.Get("R5.7");

        Assert.Equal("R5", norm.ParentId);
        Assert.Equal(NormSource.Rules, norm.Source);
        Assert.Contains("екеуден аспайтын", norm.Kk);
        Assert.Equal(["M12.1", "M12.2", "M12.3", "M12.4", "M12.5"], Norms.ChildrenOf("M12").Select(n => n.Id));
    }

    [Fact]
    public void Get_Throws_WhenIdDoesNotExist() =>
        Assert.Throws<KeyNotFoundException>(() => Norms.Get("R11.2")); // cited by the Kazakh R10, but absent
}
