using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.Infrastructure.Mail;

public static class OutboxExtensions
{
    /// <summary>Queues a message in the caller's unit of work: it is stored only if the change is saved.</summary>
    public static void QueueMail(this KenesDbContext db, IClock clock, string to, string subject, string body)
    {
        var now = clock.GetCurrentInstant();
        db.Outbox.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            To = to,
            Subject = subject,
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}
