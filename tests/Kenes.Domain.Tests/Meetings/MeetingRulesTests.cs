using Kenes.Domain.Meetings;
using NodaTime;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Meetings;

[Trait("Norm", "M9")]
public class MeetingRulesTests
{
    private static readonly LocalDate Today = D(2026, 4, 1);

    private static MeetingDraft Draft(string mode = "Mixed", string? place = "Astana, Mangilik El 8, room 301", string? link = "https://meet.example.kz/council-7", LocalDate? date = null) =>
        new(date ?? D(2026, 4, 20), new LocalTime(10, 0), mode, place, link);

    private static (string Field, string Code) Only(MeetingDraft draft)
    {
        var violation = Assert.Single(MeetingRules.Validate(draft, Today));
        Assert.Equal("M9", violation.Norm.Id);
        Assert.StartsWith("M9: ", violation.Message);
        return (violation.Field, violation.Code);
    }

    [Theory]
    [InlineData("InPerson", "Room 1", null)]
    [InlineData("Remote", null, "https://meet.example.kz/x")]
    [InlineData("Mixed", "Room 1", "https://meet.example.kz/x?pwd=1")]
    public void Validate_ReturnsNothing_WhenModeHasWhatItNeeds(string mode, string? place, string? link) =>
        Assert.Empty(MeetingRules.Validate(Draft(mode, place, link), Today));

    [Fact]
    public void Validate_AcceptsToday_WhenMeetingIsToday() =>
        Assert.Empty(MeetingRules.Validate(Draft(date: Today), Today));

    [Fact]
    public void Validate_ReportsDatePast_WhenMeetingWasYesterday() =>
        Assert.Equal(("date", "meeting.date_past"), Only(Draft(date: Today.PlusDays(-1))));

    [Theory]
    [InlineData("InPerson")]
    [InlineData("Mixed")]
    public void Validate_ReportsPlaceRequired_WhenInPersonModeHasBlankPlace(string mode) =>
        Assert.Equal(("place", "meeting.place_required"), Only(Draft(mode, place: "  ")));

    [Theory]
    [InlineData("Remote")]
    [InlineData("Mixed")]
    public void Validate_ReportsLinkRequired_WhenRemoteModeHasNoLink(string mode) =>
        Assert.Equal(("videoLink", "meeting.link_required"), Only(Draft(mode, link: null)));

    [Theory]
    [InlineData("http://meet.example.kz/x")]
    [InlineData("meet.example.kz/x")]
    [InlineData("https://")]
    [InlineData("https://meet.example.kz/a b")]
    [InlineData("https://user:pw@meet.example.kz/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://meet.example.kz/\u200Bx")]
    public void Validate_ReportsLinkInvalid_WhenLinkIsNotAnAbsoluteHttpsUrl(string link) =>
        Assert.Equal(("videoLink", "meeting.link_invalid"), Only(Draft("Remote", null, link)));

    [Fact]
    public void Validate_ChecksLinkLength_AtFiveHundredCharacters()
    {
        var prefix = "https://meet.example.kz/";
        var atLimit = prefix + new string('a', 500 - prefix.Length);

        Assert.Empty(MeetingRules.Validate(Draft("Remote", null, atLimit), Today));
        Assert.Equal(("videoLink", "meeting.link_invalid"), Only(Draft("Remote", null, atLimit + "a")));
    }

    [Fact]
    public void Validate_ChecksPlaceLength_AtFiveHundredCharacters()
    {
        Assert.Empty(MeetingRules.Validate(Draft("InPerson", new string('p', 500), null), Today));
        Assert.Equal(("place", "field.too_long"), Only(Draft("InPerson", new string('p', 501), null)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("inperson")]
    [InlineData("Hybrid")]
    public void Validate_ReportsModeInvalid_WhenModeIsUnknown(string mode) =>
        Assert.Equal(("mode", "meeting.mode_invalid"), Only(Draft(mode)));

    [Fact]
    public void Validate_ReportsEveryProblem_WhenSeveralFieldsAreWrong()
    {
        var codes = MeetingRules.Validate(Draft("Mixed", null, "ftp://x", Today.PlusDays(-3)), Today).Select(v => v.Code);

        Assert.Equal(["meeting.date_past", "meeting.place_required", "meeting.link_invalid"], codes);
    }
}
