using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.Infrastructure.Mail;

public static class OutboxExtensions
{
    /// <summary>Queues a message in the caller's unit of work: it is stored only if the change is saved.</summary>
    public static void QueueMail(this KenesDbContext db, IClock clock, string to, string subject, string body) =>
        db.QueueMail(clock, to, subject, body, attachment: null);

    /// <summary>As above, with one attachment (name, content type, bytes).</summary>
    public static OutboxMessage QueueMail(
        this KenesDbContext db, IClock clock, string to, string subject, string body, (string Name, string ContentType, byte[] Content)? attachment)
    {
        var now = clock.GetCurrentInstant();
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            To = to,
            Subject = subject,
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
            AttachmentName = attachment?.Name,
            AttachmentContentType = attachment?.ContentType,
            AttachmentContent = attachment?.Content,
        };
        db.Outbox.Add(message);
        return message;
    }
}
