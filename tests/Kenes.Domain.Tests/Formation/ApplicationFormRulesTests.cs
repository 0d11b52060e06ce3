using Kenes.Domain.Formation;
using static Kenes.Domain.Formation.FieldViolationCodes;

namespace Kenes.Domain.Tests.Formation;

[Trait("Norm", "F")]
public class ApplicationFormRulesTests
{
    private static readonly ApplicationFormInput Valid = new(
        "Сүлейменов", "Олжас", "Омарұлы", false, "«Қазақтелеком» АҚ", "olzhas@example.kz", "+7 701 123 45 67", true);

    private static (string Field, string Code) Only(ApplicationFormInput input)
    {
        var violation = Assert.Single(ApplicationFormRules.Validate(input));
        Assert.Equal("F", violation.Norm.Id);
        Assert.StartsWith("F: ", violation.Message);
        return (violation.Field, violation.Code);
    }

    [Fact]
    public void Validate_ReturnsNothing_WhenEveryFieldIsFilledCorrectly() =>
        Assert.Empty(ApplicationFormRules.Validate(Valid));

    [Fact]
    public void Validate_ReportsEveryProblemInFormOrder_WhenFormIsEmpty()
    {
        var violations = ApplicationFormRules.Validate(new ApplicationFormInput(null, " ", null, false, null, null, null, false));

        Assert.Equal(
            [
                ("surname", Required), ("firstName", Required), ("organization", Required),
                ("email", Required), ("phone", Required), ("consent", ConsentRequired),
            ],
            violations.Select(v => (v.Field, v.Code)));
    }

    [Theory]
    [InlineData("Әбілқайыр")]
    [InlineData("ҒҚҢӨҰҮҺІ әғқңөұүһі")]
    [InlineData("Семёнов")]
    [InlineData("Мұхамед-Әли")]
    [InlineData("O'Brien")]
    [InlineData("D\u2019Artagnan")]
    [InlineData("Äbdіrahman Ğalym Şynar Ūlan İlyas")]
    [InlineData("  Нұрлан  ")]
    [InlineData("Иван Ии\u0306")] // й as и + combining breve (NFD)
    public void Validate_AcceptsName_WhenItHasOnlyAllowedLetters(string surname) =>
        Assert.Empty(ApplicationFormRules.Validate(Valid with { Surname = surname }));

    [Theory]
    [InlineData("Сүлей\u200Bменов")] // zero-width space
    [InlineData("Сүлей\u200Cменов")]
    [InlineData("Сүлей\u200Dменов")]
    [InlineData("Сүлей\u200Eменов")]
    [InlineData("Сүлей\u200Fменов")]
    [InlineData("Сүлей\u2060менов")]
    [InlineData("\uFEFFСүлейменов")]
    [InlineData("Сүлей\u0007менов")]
    [InlineData("Сүлей\tменов")]
    [InlineData("Сүлейменов2")]
    [InlineData("<b>Сүлейменов</b>")]
    [InlineData("Сүлейменов;")]
    [InlineData("---")]
    [InlineData("Σωκράτης")]
    public void Validate_ReportsInvalidCharacters_WhenSurnameHasForbiddenCharacter(string surname) =>
        Assert.Equal(("surname", InvalidCharacters), Only(Valid with { Surname = surname }));

    [Theory]
    [InlineData(100, false)]
    [InlineData(101, true)]
    public void Validate_ReportsFirstNameTooLong_OnlyWhenOver100Characters(int length, bool violated)
    {
        var violations = ApplicationFormRules.Validate(Valid with { FirstName = new string('ә', length) });

        Assert.Equal(violated ? [("firstName", TooLong)] : [], violations.Select(v => (v.Field, v.Code)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_AcceptsMissingPatronymic_WhenItIsOptional(string? patronymic) =>
        Assert.Empty(ApplicationFormRules.Validate(Valid with { Patronymic = patronymic }));

    [Fact]
    public void Validate_ReportsInvalidCharacters_WhenPatronymicHasZeroWidthJoiner() =>
        Assert.Equal(("patronymic", InvalidCharacters), Only(Valid with { Patronymic = "Омар\u200Dұлы" }));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_AcceptsNoOrganization_WhenApplicantIsIndependentExpert(string? organization) =>
        Assert.Empty(ApplicationFormRules.Validate(Valid with { IndependentExpert = true, Organization = organization }));

    [Fact]
    public void Validate_ReportsOrganizationRequired_WhenApplicantIsARepresentative() =>
        Assert.Equal(("organization", Required), Only(Valid with { Organization = " " }));

    [Theory]
    [InlineData("ТОО <script>")]
    [InlineData("ТОО \"Ақ>жол\"")]
    [InlineData("ТОО\u200B Ақжол")]
    [InlineData("ТОО\r\nАқжол")]
    public void Validate_ReportsInvalidCharacters_WhenOrganizationHasMarkupOrInvisibleCharacter(string organization) =>
        Assert.Equal(("organization", InvalidCharacters), Only(Valid with { Organization = organization }));

    [Theory]
    [InlineData(300, false)]
    [InlineData(301, true)]
    public void Validate_ReportsOrganizationTooLong_OnlyWhenOver300Characters(int length, bool violated)
    {
        var violations = ApplicationFormRules.Validate(Valid with { Organization = new string('О', length) });

        Assert.Equal(violated ? [("organization", TooLong)] : [], violations.Select(v => (v.Field, v.Code)));
    }

    [Theory]
    [InlineData("olzhas@example")]
    [InlineData("olzhas example.kz")]
    [InlineData("olzhas@exa mple.kz")]
    public void Validate_ReportsEmail_WhenAddressIsMalformed(string email) =>
        Assert.Equal(("email", FieldViolationCodes.Email), Only(Valid with { Email = email }));

    [Theory]
    [InlineData("+7 701 123 45 67", "+77011234567")]
    [InlineData("8 (701) 123-45-67", "+77011234567")]
    [InlineData("87011234567", "+77011234567")]
    [InlineData("+77172123456", "+77172123456")]
    [InlineData("  +7 (727) 250-00-00 ", "+77272500000")]
    public void NormalizePhone_ReturnsPlus7AndTenDigits_WhenSpellingIsAccepted(string phone, string expected) =>
        Assert.Equal(expected, ApplicationFormRules.NormalizePhone(phone));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("77011234567")] // no "+" and not the trunk "8"
    [InlineData("7011234567")]
    [InlineData("+8 701 123 45 67")]
    [InlineData("+7 701 123 45 6")]
    [InlineData("+7 701 123 45 678")]
    [InlineData("8 701 123 45 67 8")]
    [InlineData("+375 29 123 45 67")]
    [InlineData("+7 701 123 45 67 ext 5")]
    [InlineData("+7.701.123.45.67")]
    [InlineData("+7 701 123 45 6\u0667")] // Arabic-Indic seven
    [InlineData("++77011234567")]
    [InlineData("8+7011234567")]
    public void NormalizePhone_ReturnsNull_WhenSpellingIsNotAccepted(string? phone) =>
        Assert.Null(ApplicationFormRules.NormalizePhone(phone));

    [Fact]
    public void Validate_ReportsPhone_WhenNumberCannotBeNormalized() =>
        Assert.Equal(("phone", FieldViolationCodes.Phone), Only(Valid with { Phone = "701 123 45 67" }));

    [Fact]
    public void Validate_ReportsConsentRequired_WhenConsentIsNotGiven() =>
        Assert.Equal(("consent", ConsentRequired), Only(Valid with { Consent = false }));

    [Theory]
    [InlineData(" Olzhas.S@Example.KZ ", "olzhas.s@example.kz")]
    [InlineData("olzhas@example.kz", "olzhas@example.kz")]
    public void NormalizeEmail_TrimsAndLowercases_WhenGivenAnAddress(string email, string expected) =>
        Assert.Equal(expected, ApplicationFormRules.NormalizeEmail(email));
}
