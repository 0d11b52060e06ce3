using Kenes.Infrastructure.Persistence;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;

namespace Kenes.Infrastructure.Mail;

/// <summary>
/// Sends due outbox messages through SMTP. A message is claimed (its next attempt pushed into the
/// future, saved with a concurrency check) before it is sent, so two nodes never send the same one;
/// failures back off and are retried, and are logged, never swallowed silently.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes, IOptions<MailOptions> options, IClock clock, ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly Duration Lease = Duration.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCycleFailed(logger, ex);
            }

            await Task.Delay(options.Value.PollInterval, stoppingToken);
        }
    }

    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Host))
        {
            return 0;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var now = clock.GetCurrentInstant();
        var due = await db.Outbox.Where(m => m.SentAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(20).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var sent = 0;
        using var smtp = new SmtpClient();
        foreach (var message in due)
        {
            if (!await ClaimAsync(db, message, now, ct))
            {
                continue;
            }

            try
            {
                if (!smtp.IsConnected)
                {
                    await ConnectAsync(smtp, ct);
                }

                await smtp.SendAsync(ToMime(message), ct);
                message.SentAt = clock.GetCurrentInstant();
                message.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Back off 1, 2, 4 … minutes, at most an hour.
                message.NextAttemptAt = clock.GetCurrentInstant() + Duration.FromMinutes(Math.Min(60, 1 << Math.Min(message.Attempts, 6)));
                message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                LogSendFailed(logger, message.Id, message.Attempts, ex.Message);
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(quit: true, CancellationToken.None);
        }

        return sent;
    }

    private static async Task<bool> ClaimAsync(KenesDbContext db, OutboxMessage message, Instant now, CancellationToken ct)
    {
        var claimedUntil = now + Lease;
        var rows = await db.Outbox
            .Where(m => m.Id == message.Id && m.SentAt == null && m.NextAttemptAt == message.NextAttemptAt)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, claimedUntil).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        if (rows == 0)
        {
            return false;
        }

        message.NextAttemptAt = claimedUntil;
        message.Attempts++;
        db.Entry(message).OriginalValues[nameof(OutboxMessage.NextAttemptAt)] = claimedUntil;
        db.Entry(message).OriginalValues[nameof(OutboxMessage.Attempts)] = message.Attempts;
        return true;
    }

    private async Task ConnectAsync(SmtpClient smtp, CancellationToken ct)
    {
        var o = options.Value;
        await smtp.ConnectAsync(o.Host!, o.Port, o.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(o.UserName))
        {
            await smtp.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        }
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.Value.FromName, options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id:N}@kenes";
        var text = new TextPart("plain") { Text = message.Body };
        if (message.AttachmentContent is null)
        {
            mime.Body = text;
            return mime;
        }

        var attachment = new MimePart(ContentType.Parse(message.AttachmentContentType ?? "application/octet-stream"))
        {
            Content = new MimeContent(new MemoryStream(message.AttachmentContent)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = message.AttachmentName ?? "attachment",
        };
        mime.Body = new Multipart("mixed") { text, attachment };
        return mime;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox cycle failed")]
    private static partial void LogCycleFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MessageId} attempt {Attempt} failed: {Error}")]
    private static partial void LogSendFailed(ILogger logger, Guid messageId, int attempt, string error);
}
