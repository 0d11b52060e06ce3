using System.Net;
using Kenes.Infrastructure.Mail;
using Kenes.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Formation;

/// <summary>
/// R8: the receipt number reaches the applicant by e-mail through a real SMTP server on 127.0.0.1;
/// while the server is down the mail waits in the outbox and is delivered once when it returns.
/// </summary>
public sealed class ReceiptMailTests : IAsyncLifetime
{
    private readonly int smtpPort = LoopbackSmtpServer.FreePort();
    private readonly MailSqliteApp app;

    public ReceiptMailTests() => app = new MailSqliteApp(smtpPort);

    public Task InitializeAsync() => app.InitializeAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    [Trait("Norm", "R8")]
    public async Task ReceiptEmail_WaitsWhileSmtpIsDown_AndArrivesExactlyOnceWhenItReturns()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var number = (await FormationApi.CreateAndPublishAsync(officer)).GetProperty("number").GetString()!;
        var response = await app.CreateClient().PostAsync($"/api/v1/public/announcements/{number}/applications",
            FormationApi.Application("Сұлтанова", "sultanova@example.kz"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = (await response.ReadJsonAsync()).GetProperty("receiptNumber").GetString()!;

        // SMTP is down: the send fails, the message stays queued for a retry.
        var sender = app.Services.GetRequiredService<OutboxSender>();
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));

        await using var smtp = LoopbackSmtpServer.Start(smtpPort);
        app.Clock.AdvanceMinutes(5);
        var mail = await smtp.WaitForAsync(m => m.Subject?.Contains(receipt, StringComparison.Ordinal) == true, TimeSpan.FromSeconds(20));
        Assert.Equal("sultanova@example.kz", mail.To.Mailboxes.Single().Address);
        Assert.NotNull(mail.TextBody);
        Assert.Contains(receipt, mail.TextBody!);
        Assert.Contains("өтініш", mail.TextBody!, StringComparison.OrdinalIgnoreCase);

        // Nothing is sent twice, however often the sender runs.
        await sender.SendDueAsync(CancellationToken.None);
        await Task.Delay(500);
        Assert.Single(smtp.Messages, m => m.Subject?.Contains(receipt, StringComparison.Ordinal) == true);
    }
}
