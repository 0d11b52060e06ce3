using Kenes.Domain.Formation;
using static Kenes.Domain.Formation.FieldViolationCodes;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Formation;

public class AnnouncementRulesTests
{
    private static readonly AnnouncementDraft Valid = new(
        "Ауыл шаруашылығы", "Сельское хозяйство", "Agriculture",
        "1. Жазбаша өтініш.\n2. Еңбек тәжірибесін растайтын құжат.",
        "1. Письменное заявление.\n2. Документ, подтверждающий опыт работы.",
        "1. Written application.\n2. Document confirming work experience.",
        "010000, Астана қ., Мәңгілік Ел даңғылы, 8",
        "kadr@minagri.gov.kz");

    [Fact]
    [Trait("Norm", "R7")]
    public void Validate_ReturnsNothing_WhenEveryFieldIsFilledCorrectly() =>
        Assert.Empty(AnnouncementRules.Validate(Valid));

    [Fact]
    [Trait("Norm", "R7")]
    [Trait("Norm", "R7.1")]
    [Trait("Norm", "R7.2")]
    [Trait("Norm", "R7.4")]
    public void Validate_ReportsEveryFieldRequiredInR7Order_WhenDraftIsBlank()
    {
        var violations = AnnouncementRules.Validate(new AnnouncementDraft("", " ", "\t", "", "", "", "", ""));

        Assert.Equal(
            [
                ("R7.1", "directionKk"), ("R7.1", "directionRu"), ("R7.1", "directionEn"),
                ("R7.2", "documentsKk"), ("R7.2", "documentsRu"), ("R7.2", "documentsEn"),
                ("R7.4", "postalAddress"), ("R7.4", "email"),
            ],
            violations.Select(v => (v.Norm.Id, v.Field)));
        Assert.All(violations, v => Assert.Equal(Required, v.Code));
        Assert.All(violations, v => Assert.StartsWith(v.Norm.Id + ": ", v.Message));
    }

    [Theory]
    [Trait("Norm", "R7.1")]
    [InlineData(300, false)]
    [InlineData(301, true)]
    public void Validate_ReportsDirectionTooLong_OnlyWhenOver300Characters(int length, bool violated)
    {
        var violations = AnnouncementRules.Validate(Valid with { DirectionRu = new string('ж', length) });

        Assert.Equal(violated ? [("directionRu", TooLong)] : [], violations.Select(v => (v.Field, v.Code)));
    }

    [Theory]
    [Trait("Norm", "R7.2")]
    [InlineData(4000, false)]
    [InlineData(4001, true)]
    public void Validate_ReportsDocumentsTooLong_OnlyWhenOver4000Characters(int length, bool violated)
    {
        var violations = AnnouncementRules.Validate(Valid with { DocumentsEn = new string('d', length) });

        Assert.Equal(violated ? [("documentsEn", TooLong)] : [], violations.Select(v => (v.Field, v.Code)));
    }

    [Theory]
    [Trait("Norm", "R7.4")]
    [InlineData(500, false)]
    [InlineData(501, true)]
    public void Validate_ReportsPostalAddressTooLong_OnlyWhenOver500Characters(int length, bool violated)
    {
        var violations = AnnouncementRules.Validate(Valid with { PostalAddress = new string('a', length) });

        Assert.Equal(violated ? [("postalAddress", TooLong)] : [], violations.Select(v => (v.Field, v.Code)));
    }

    [Theory]
    [Trait("Norm", "R7.4")]
    [InlineData("kadr@minagri")]
    [InlineData("kadr minagri@gov.kz")]
    [InlineData("kadr@@minagri.gov.kz")]
    [InlineData("kadr@min@agri.gov.kz")]
    [InlineData("@minagri.gov.kz")]
    [InlineData("kadr@")]
    [InlineData("kadr@.gov.kz")]
    [InlineData("kadr@minagri..kz")]
    [InlineData("kadr.@minagri.gov.kz")]
    [InlineData("кадр@minagri.gov.kz")]
    [InlineData("kadr@-minagri.gov.kz")]
    [InlineData("kadr@minagri.gov.k")]
    [InlineData("kadr@xn--80ao21a")]
    [InlineData("kadr@minagri.123")]
    [InlineData("kadr@minagri.gov.kz>")]
    [InlineData("\"kadr\"@minagri.gov.kz")]
    public void Validate_ReportsEmail_WhenAddressIsMalformed(string email)
    {
        var violation = Assert.Single(AnnouncementRules.Validate(Valid with { Email = email }));

        Assert.Equal(("R7.4", "email", FieldViolationCodes.Email), (violation.Norm.Id, violation.Field, violation.Code));
    }

    [Theory]
    [Trait("Norm", "R7.4")]
    [InlineData("kadr@minagri.gov.kz")]
    [InlineData(" Kadr.Bolimi+2026@MinAgri.gov.kz ")]
    [InlineData("hr_office@minagri.xn--80ao21a")]
    [InlineData("a@b.co")]
    public void Validate_AcceptsEmail_WhenAddressIsWellFormed(string email) =>
        Assert.Empty(AnnouncementRules.Validate(Valid with { Email = email }));

    [Fact]
    [Trait("Norm", "R7.4")]
    public void Validate_ReportsEmailTooLong_WhenOver254Characters()
    {
        var email = new string('a', 60) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".kz"; // 308

        var violation = Assert.Single(AnnouncementRules.Validate(Valid with { Email = email }));

        Assert.Equal(TooLong, violation.Code);
    }

    [Theory]
    [Trait("Norm", "R7.1")]
    [InlineData("Ауыл\u200Bшаруашылығы")]
    [InlineData("Ауыл\u202Eшаруашылығы")]
    [InlineData("Ауыл\nшаруашылығы")]
    [InlineData("Ауыл\u0000шаруашылығы")]
    public void Validate_ReportsInvalidCharacters_WhenDirectionHasInvisibleOrControlCharacter(string direction)
    {
        var violation = Assert.Single(AnnouncementRules.Validate(Valid with { DirectionKk = direction }));

        Assert.Equal(("directionKk", InvalidCharacters), (violation.Field, violation.Code));
    }

    [Fact]
    [Trait("Norm", "R7.2")]
    public void Validate_AcceptsLineBreaksAndTabs_WhenInDocumentsList() =>
        Assert.Empty(AnnouncementRules.Validate(Valid with { DocumentsKk = "1.\tӨтініш;\r\n2.\tҚұжат." }));

    [Fact]
    [Trait("Norm", "R6")]
    [Trait("Norm", "R7.3")]
    public void Deadlines_AreTheR8WindowAndTheR10ScreeningDeadline_WhenPublishedBeforeNauryz()
    {
        var (window, screening) = AnnouncementRules.Deadlines(Kz, D(2026, 3, 19));

        Assert.Equal(D(2026, 3, 20), window.Opens);
        Assert.Equal(D(2026, 3, 31), window.Closes.Date);
        Assert.Equal("R8", window.Closes.Norm.Id);
        Assert.Equal(D(2026, 4, 7), screening.Date);
        Assert.Equal("R10", screening.Norm.Id);
    }
}
