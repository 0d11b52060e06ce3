using System.Net.Http.Json;
using System.Text;
using Kenes.Web.Tests.Support;
using MimeKit;

namespace Kenes.Web.Tests.Meetings;

/// <summary>M12.4: the notice reaches members through a real SMTP server with the iCalendar invitation attached.</summary>
public sealed class NoticeMailTests : IAsyncLifetime
{
    private readonly int smtpPort = LoopbackSmtpServer.FreePort();
    private readonly MailSqliteApp app;
    private LoopbackSmtpServer? smtp;

    public NoticeMailTests() => app = new MailSqliteApp(smtpPort);

    public async Task InitializeAsync()
    {
        smtp = LoopbackSmtpServer.Start(smtpPort);
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await smtp!.DisposeAsync();
    }

    [Fact]
    [Trait("Norm", "M12.4")]
    public async Task Notice_ArrivesWithAnICalendarInvitation_InAlmatyTime()
    {
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var councils = await (await secretary.GetAsync("/api/v1/councils")).ReadJsonAsync();
        var council = councils.EnumerateArray().First(c => c.GetProperty("stateBodyCode").GetString() == "MEN").GetProperty("id").GetGuid();
        var meeting = await (await secretary.PostAsJsonAsync($"/api/v1/councils/{council}/meetings", new
        {
            date = "2026-12-22",
            startsAt = "10:00",
            mode = "InPerson",
            place = "Астана, Қабанбай батыр 19, 305-кабинет",
        })).ReadJsonAsync();
        var id = meeting.GetProperty("id").GetGuid();
        var agenda = await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda", new
        {
            title = "Жылу энергетикасының салалық біліктілік шеңберін бекіту",
            description = "M4.1",
            subject = "ApproveQualificationFramework",
        });
        Assert.True(agenda.IsSuccessStatusCode, await agenda.Content.ReadAsStringAsync());
        var notice = await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/notice", new { });
        Assert.True(notice.IsSuccessStatusCode, await notice.Content.ReadAsStringAsync());

        var mail = await smtp!.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "member@demo.kenes.kz"), TimeSpan.FromSeconds(20));
        Assert.Contains("Жылу энергетикасының салалық біліктілік шеңберін бекіту", mail.TextBody ?? "");
        var invite = mail.Attachments.OfType<MimePart>().Single();
        Assert.Equal("text/calendar", invite.ContentType.MimeType);
        using var content = new MemoryStream();
        await invite.Content!.DecodeToAsync(content);
        var ics = Encoding.UTF8.GetString(content.ToArray());
        Assert.Contains("METHOD:REQUEST", ics);
        Assert.Contains("DTSTART;TZID=Asia/Almaty:20261222T100000", ics);
        Assert.Contains($"UID:meeting-{id:N}@kenes.kz", ics);
    }
}
