using NodaTime;

namespace Kenes.Infrastructure.Mail;

/// <summary>
/// An e-mail waiting to be sent. It is written in the same transaction as the change that causes it
/// (an application, a notice), so no acknowledged change is without its mail and no mail is sent for
/// a change that was rolled back. The sender marks it sent; a failure is retried later.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public Instant CreatedAt { get; set; }
    public Instant NextAttemptAt { get; set; }
    public Instant? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>One optional attachment, e.g. the iCalendar invitation of a meeting notice.</summary>
    public string? AttachmentName { get; set; }

    public string? AttachmentContentType { get; set; }

    public byte[]? AttachmentContent { get; set; }
}
