using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests.Meetings.Session;

/// <summary>The session, voting and minutes pages (cookie, antiforgery, no script needed) and the live tally stream.</summary>
public abstract partial class SessionPageTests(KenesAppFactory app)
{
    [Fact]
    [Trait("Norm", "M9")]
    public async Task SessionPage_ShowsTheQuorumLine_AndRecordsAttendanceWithAntiforgery()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app, items: 1);
        var api = await app.AuthorizedAsync(Demo.EnergySecretary);
        await api.AttendAsync(meeting.Id, meeting.Members.Take(6).Select(m => m.Id));
        var browser = await app.SignedInBrowserAsync(Demo.EnergySecretary);
        var page = $"/meetings/{meeting.Id}/session";
        var token = await browser.AntiforgeryTokenAsync(page);
        var posted = await browser.PostAsync($"{page}?handler=Attendance", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["MemberId"] = meeting.Members[6].Id.ToString(),
            ["Mode"] = "Remote",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var html = await browser.GetStringAsync(page);
        Assert.Contains("Кворум: 7 / 10 қатысады, 7 қажет (M9: ⌈2/3 × 10⌉).", Text(html), StringComparison.Ordinal);
        Assert.Contains("data-tally-stream=", html, StringComparison.Ordinal);
        Assert.Contains("/js/live-tally.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);

        // Without the token the post is refused.
        var forged = await browser.PostAsync($"{page}?handler=Attendance", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["MemberId"] = meeting.Members[7].Id.ToString(),
            ["Mode"] = "Remote",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // A member does not run the session.
        var member = await app.SignedInBrowserAsync(Demo.Member);
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync(page)).StatusCode);
    }

    [Fact]
    [Trait("Norm", "M10")]
    [Trait("Norm", "M9")]
    public async Task Member_VotesFromOwnDevice_Once_AndTheRefusalNamesTheNorm()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app, items: 1);
        var api = await app.AuthorizedAsync(Demo.EnergySecretary);
        await api.AttendAsync(meeting.Id, meeting.Members.Select(m => m.Id), "Remote");
        Assert.Equal(HttpStatusCode.OK, (await api.OpenAsync(meeting.Id, meeting.Items[0])).StatusCode);

        var member = await app.SignedInBrowserAsync(Demo.Member);
        var page = $"/meetings/{meeting.Id}/vote";
        var form = new Dictionary<string, string> { ["ItemId"] = meeting.Items[0].ToString(), ["Choice"] = "For", ["__RequestVerificationToken"] = await member.AntiforgeryTokenAsync(page) };
        Assert.Equal(HttpStatusCode.Redirect, (await member.PostAsync(page, new FormUrlEncodedContent(form))).StatusCode);

        form["__RequestVerificationToken"] = await member.AntiforgeryTokenAsync(page);
        var twice = await member.PostAsync(page, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Contains("M10: әр мүше мәселе бойынша бір рет дауыс береді", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tally = JsonDocument.Parse(await member.GetStringAsync($"/meetings/{meeting.Id}/tally")).RootElement;
        Assert.Equal(1, tally.Item(meeting.Items[0]).GetProperty("for").GetInt32());
    }

    [Fact]
    [Trait("Norm", "M10")]
    public async Task TallyStream_DeliversTheTallyWithinTwoSecondsOfAVote()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app, items: 1);
        var api = await app.AuthorizedAsync(Demo.EnergySecretary);
        await api.AttendAsync(meeting.Id, meeting.Members.Select(m => m.Id));
        Assert.Equal(HttpStatusCode.OK, (await api.OpenAsync(meeting.Id, meeting.Items[0])).StatusCode);

        var member = await app.SignedInBrowserAsync(Demo.Member);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/meetings/{meeting.Id}/tally/stream");
        using var response = await member.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(stream);

        Assert.Equal(HttpStatusCode.Created, (await api.VoteAsync(meeting.Id, meeting.Items[0], "Against", meeting.Others[0])).StatusCode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        string? data = null;
        while (data is null)
        {
            var line = await reader.ReadLineAsync(timeout.Token);
            Assert.NotNull(line);
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }

        var tally = JsonDocument.Parse(data).RootElement;
        Assert.Equal(1, tally.Item(meeting.Items[0]).GetProperty("against").GetInt32());
        Assert.Equal(10, tally.GetProperty("quorum").GetProperty("present").GetInt32());
    }

    [Fact]
    [Trait("Norm", "M10")]
    public async Task MinutesDrafts_DownloadAsDocxAndPdf_InKazakhAndRussian()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app, items: 2);
        var api = await app.AuthorizedAsync(Demo.EnergySecretary);
        await api.AttendAsync(meeting.Id, meeting.Members.Select(m => m.Id));
        Assert.Equal(HttpStatusCode.OK, (await api.OpenAsync(meeting.Id, meeting.Items[0])).StatusCode);
        await api.RecordAsync(meeting.Id, meeting.Items[0], "For", meeting.Others);
        Assert.Equal(HttpStatusCode.OK, (await api.CloseAsync(meeting.Id, meeting.Items[0])).StatusCode);

        var browser = await app.SignedInBrowserAsync(Demo.EnergySecretary);
        Assert.Contains("/minutes/draft?lang=ru", await browser.GetStringAsync($"/meetings/{meeting.Id}/minutes"), StringComparison.Ordinal);
        foreach (var lang in new[] { "kk", "ru" })
        {
            var pdf = await browser.GetAsync($"/meetings/{meeting.Id}/minutes/draft?lang={lang}&format=pdf");
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
            var docx = await browser.GetAsync($"/meetings/{meeting.Id}/minutes/draft?lang={lang}&format=docx");
            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
            Assert.Equal((byte)'P', (await docx.Content.ReadAsByteArrayAsync())[0]);
        }
    }

    [Fact]
    [Trait("Norm", "M7")]
    [Trait("Norm", "M10")]
    public async Task Pages_ElectTheChair_AndThePresidingMemberSignsWithThePassword()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app, items: 1, electsChair: true);
        var api = await app.AuthorizedAsync(Demo.EnergySecretary);
        await api.AttendAsync(meeting.Id, meeting.Members.Select(m => m.Id));
        var secretary = await app.SignedInBrowserAsync(Demo.EnergySecretary);
        var page = $"/meetings/{meeting.Id}/session";
        var elect = await secretary.PostAsync($"{page}?handler=Elect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [$"Election[{meeting.Chair}]"] = "7",
            [$"Election[{meeting.Others[0]}]"] = "3",
            ["__RequestVerificationToken"] = await secretary.AntiforgeryTokenAsync(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, elect.StatusCode);

        var chair = await app.SignedInBrowserAsync(SessionSetup.Chair);
        var minutes = $"/meetings/{meeting.Id}/minutes";
        var wrong = await chair.PostAsync($"{minutes}?handler=Sign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Password"] = "Not-The-Password-1",
            ["__RequestVerificationToken"] = await chair.AntiforgeryTokenAsync(minutes),
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("M10: құпиясөз қате", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var member = await app.SignedInBrowserAsync(Demo.Member);
        var refused = await member.PostAsync($"{minutes}?handler=Sign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Password"] = Demo.Password,
            ["__RequestVerificationToken"] = await member.AntiforgeryTokenAsync(minutes),
        }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("M10: хаттамаға тек төрағалық етуші қол қояды.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var signed = await chair.PostAsync($"{minutes}?handler=Sign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Password"] = Demo.Password,
            ["__RequestVerificationToken"] = await chair.AntiforgeryTokenAsync(minutes),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var html = await chair.GetStringAsync(minutes);
        Assert.Contains("2026-11-27", html, StringComparison.Ordinal);
        var pdf = await member.GetByteArrayAsync($"/meetings/{meeting.Id}/minutes/signed.pdf");
        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), html, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Norm", "M10")]
    public async Task TwoVotesAtOnce_FromTheSameMember_OneIsKept_TheOtherRefused()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app, items: 1);
        var api = await app.AuthorizedAsync(Demo.EnergySecretary);
        await api.AttendAsync(meeting.Id, meeting.Members.Select(m => m.Id));
        Assert.Equal(HttpStatusCode.OK, (await api.OpenAsync(meeting.Id, meeting.Items[0])).StatusCode);
        var member = await app.AuthorizedAsync(Demo.Member);
        var other = await app.AuthorizedAsync(Demo.Member);
        var results = await Task.WhenAll(
            member.VoteAsync(meeting.Id, meeting.Items[0], "For"),
            other.VoteAsync(meeting.Id, meeting.Items[0], "Against"),
            api.VoteAsync(meeting.Id, meeting.Items[0], "Abstain", meeting.Member));
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, (await api.TallyAsync(meeting.Id)).Item(meeting.Items[0]).GetProperty("voted").GetInt32());
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

public sealed class SessionPageTestsOnSqlite(SqliteApp app) : SessionPageTests(app), IClassFixture<SqliteApp>;

public sealed class SessionPageTestsOnPostgres(PostgresApp app) : SessionPageTests(app), IClassFixture<PostgresApp>;
