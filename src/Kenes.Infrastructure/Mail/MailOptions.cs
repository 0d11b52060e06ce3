namespace Kenes.Infrastructure.Mail;

/// <summary>The SMTP server Kenes sends through (section "Mail"). No host: mail stays queued.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool UseTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "kenes@localhost";
    public string FromName { get; set; } = "Kenes";

    /// <summary>How often the outbox is checked for due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
