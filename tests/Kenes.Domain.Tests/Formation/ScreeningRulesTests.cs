using Kenes.Domain.Formation;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Formation;

[Trait("Norm", "R10")]
public class ScreeningRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Жоқ")]
    [InlineData(" abcd ")]
    public void ValidateDecision_ReportsReasonRequired_WhenRejectingWithoutFiveCharacters(string? reason)
    {
        var violation = ScreeningRules.ValidateDecision(admit: false, reason);

        Assert.NotNull(violation);
        Assert.Equal(("R10", "reason", FieldViolationCodes.ScreeningReasonRequired), (violation.Norm.Id, violation.Field, violation.Code));
        Assert.StartsWith("R10: ", violation.Message);
    }

    [Theory]
    [InlineData("abcde")]
    [InlineData("R9.2: еңбек тәжірибесін растайтын құжат жоқ")]
    public void ValidateDecision_AcceptsRejection_WhenReasonHasFiveCharactersOrMore(string reason) =>
        Assert.Null(ScreeningRules.ValidateDecision(admit: false, reason));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("OK")]
    public void ValidateDecision_AcceptsAdmission_WhenReasonIsShortOrMissing(string? reason) =>
        Assert.Null(ScreeningRules.ValidateDecision(admit: true, reason));

    [Fact]
    public void ValidateDecision_ReportsTooLong_WhenReasonExceedsLimit() =>
        Assert.Equal(FieldViolationCodes.TooLong,
            ScreeningRules.ValidateDecision(admit: false, new string('x', ScreeningRules.MaxReasonLength + 1))?.Code);

    [Theory]
    [InlineData(true, null, ScreeningRules.DefaultAdmitReason)]
    [InlineData(true, "  ", ScreeningRules.DefaultAdmitReason)]
    [InlineData(true, " Құжаттар толық ", "Құжаттар толық")]
    [InlineData(false, " Құжат жоқ ", "Құжат жоқ")]
    public void RecordedReason_DefaultsOnlyForAdmission_WhenReasonIsBlank(bool admit, string? reason, string expected) =>
        Assert.Equal(expected, ScreeningRules.RecordedReason(admit, reason));

    [Fact]
    public void DefaultAdmitReason_CitesR9_WhenRead() =>
        Assert.Equal("R9: documents meet the requirements", ScreeningRules.DefaultAdmitReason);

    [Theory]
    [InlineData("2026-04-06", false)]
    [InlineData("2026-04-07", false)] // the deadline day is inside
    [InlineData("2026-04-08", true)]
    public void IsOverdue_IsTrueOnlyAfterTheDeadlineDay_WhenScreeningDeadlineIs7April2026(string today, bool overdue)
    {
        var deadline = ScreeningDeadline.For(Kz, ApplicationWindow.For(Kz, D(2026, 3, 19)));

        Assert.Equal(overdue, ScreeningRules.IsOverdue(D(today), deadline));
    }
}
