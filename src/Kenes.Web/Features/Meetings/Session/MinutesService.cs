using System.Security.Cryptography;
using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Mail;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Calendar;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>
/// The minutes (M10, M12.3): drafted from the session; signed by the presiding member after re-entering the password
/// (the Kazakh PDF, the state language, is the signed original: stored, its SHA-256 recorded); copies e-mailed to every
/// member within M12.5's three working days, each delivery tracked with its outbox message.
/// </summary>
/// <summary>A copy of the minutes sent to a member (M12.5): queued, then sent by the outbox (SentAt) or retried.</summary>
public sealed record DeliveryView(Guid MemberId, string Email, Guid OutboxMessageId, Instant QueuedAt, Instant? SentAt, int Attempts);

public sealed class MinutesService(
    KenesDbContext db, IClock clock, CurrentUser user, UserManager<KenesUser> users, IDocumentStorage storage, CalendarSource calendars)
{
    public const string PdfType = "application/pdf";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Today in Asia/Almaty, read once from the clock.</summary>
    public LocalDate Today => clock.TodayInAlmaty();

    public static MinutesData Data(SessionState s, MinutesSignature? signature = null)
    {
        var m = s.Meeting;
        var presiding = s.PresidingMemberId is { } pid && s.Member(pid) is { } p
            ? new MinutesPresiding(p.FullName, p.IsChair ? "chair" : p.IsDeputyChair ? "deputy_chair" : "other", m.PresidingDeviation)
            : null;
        var names = s.Members.ToDictionary(x => x.Id, x => x.FullName);
        return new MinutesData(
            s.Council.StateBody?.NameKk ?? "", s.Council.StateBody?.NameRu ?? "", s.Council.DirectionKk, s.Council.DirectionRu,
            m.Number, m.Date, m.StartsAt, m.Mode, m.Place, m.VideoLink,
            new MinutesQuorum(s.Quorum.MembersInOffice, s.Quorum.Present, s.Quorum.Required, s.Quorum.Quorate),
            presiding, null,
            s.Members.Select(x => new MinutesAttendee(x.FullName, x.Organization, s.AttendanceOf(x.Id)?.Mode)).ToList(),
            s.Items.Select(i => new MinutesItem(i.Order, i.Title, i.Description, i.Subject, i.VoteState,
                i.Votes.OrderBy(v => names.GetValueOrDefault(v.MemberId, ""), StringComparer.Ordinal)
                    .Select(v => new MinutesBallot(names.GetValueOrDefault(v.MemberId, "—"), v.Choice)).ToList(),
                i.Adopted, i.DecidedBy, i.Decision)).ToList(),
            signature);
    }

    public async Task<MinutesData> DataAsync(SessionState s, CancellationToken ct)
    {
        var data = Data(s);
        var secretary = s.Council.SecretaryUserId is { } sid ? await db.Users.AsNoTracking().Where(u => u.Id == sid).Select(u => u.FullName).FirstOrDefaultAsync(ct) : null;
        if (s.Meeting.MinutesSignedAt is { } at && s.PresidingMemberId is { } pid && s.Member(pid) is { } signer)
        {
            data = data with { Signature = new MinutesSignature(signer.FullName, at.InZone(ClockServiceCollectionExtensions.Almaty).LocalDateTime) };
        }

        return data with { SecretaryName = secretary };
    }

    /// <summary>M10: the presiding member signs with their password; anyone else is refused naming M10.</summary>
    public async Task<SessionResult> SignAsync(SessionState s, string? password, CancellationToken ct)
    {
        if (SignatureRule.CheckSigner(s.Me?.Id ?? Guid.Empty, s.PresidingMemberId) is { } violation)
        {
            return SessionResult.Refuse(violation, SessionStatus.Forbidden);
        }

        if (s.Signed)
        {
            return SessionResult.Conflict(SessionCodes.AlreadySigned, "M10: the minutes are already signed.");
        }

        var account = user.Id is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (account is null)
        {
            return SessionResult.Forbidden;
        }

        if (await users.IsLockedOutAsync(account))
        {
            return SessionResult.Refuse("M10", "password", SessionCodes.LockedOut, "M10: too many wrong passwords; the account is locked for a while.", SessionStatus.Forbidden);
        }

        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(account, password))
        {
            await users.AccessFailedAsync(account);
            return SessionResult.Refuse("M10", "password", SessionCodes.Password, "M10: the password is wrong; the minutes are not signed.", SessionStatus.Invalid);
        }

        await users.ResetAccessFailedCountAsync(account);
        var now = clock.GetCurrentInstant();
        var signedAt = now.InZone(ClockServiceCollectionExtensions.Almaty);
        var data = await DataAsync(s, ct) is var d ? d with { Signature = new MinutesSignature(s.Me!.FullName, signedAt.LocalDateTime) } : null!;
        var pdf = MinutesPdf.Render(data, DocumentLanguage.Kk);
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        StoredDocument stored;
        using (var stream = new MemoryStream(pdf))
        {
            stored = await storage.SaveAsync(stream, ct);
        }

        var calendar = await calendars.GetAsync(ct);
        s.Meeting.MinutesStorageKey = stored.Key;
        s.Meeting.MinutesSha256 = sha;
        s.Meeting.MinutesSignedAt = now;
        s.Meeting.MinutesSignedBy = user.Id;
        s.Meeting.DistributionDeadline = MinutesDistributionDeadline.For(calendar, signedAt.Date).Date;
        if (s.Quorum.Quorate)
        {
            s.Meeting.Status = MeetingStatus.Held;
        }

        s.Meeting.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await storage.DeleteAsync(stored.Key, ct);
            return SessionResult.Conflict(SessionCodes.Changed, "M10: the meeting changed meanwhile; reload and sign again.");
        }

        return new SessionResult(SessionStatus.Ok, Info: sha);
    }

    /// <summary>M12.5: queues one e-mail per member in office with an address (once each), with the signed PDF attached and linked.</summary>
    public async Task<(SessionResult Result, int Queued)> DistributeAsync(SessionState s, string baseUrl, CancellationToken ct)
    {
        if (!s.CanRun)
        {
            return (SessionResult.Forbidden, 0);
        }

        if (!s.Signed)
        {
            return (SessionResult.Refuse("M12.5", "minutes", SessionCodes.NotSigned, "M12.5: copies are sent of the signed minutes; they are not signed yet.", SessionStatus.Conflict), 0);
        }

        var sent = await db.MinutesDeliveries.Where(d => d.MeetingId == s.Meeting.Id).Select(d => d.MemberId).ToListAsync(ct);
        var link = $"{baseUrl.TrimEnd('/')}/meetings/{s.Meeting.Id}/minutes/signed.pdf";
        // "A copy of the minutes" (M12.5): the signed file itself travels with the message; its hash is in the body.
        byte[] signedPdf;
        await using (var file = await storage.OpenReadAsync(s.Meeting.MinutesStorageKey!, ct))
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer, ct);
            signedPdf = buffer.ToArray();
        }

        var count = 0;
        foreach (var member in s.Members.Where(m => !string.IsNullOrWhiteSpace(m.Email) && !sent.Contains(m.Id)))
        {
            var message = db.QueueMail(clock, member.Email!.Trim(),
                $"Кеңес отырысының хаттамасы № {s.Meeting.Number} / Протокол заседания совета № {s.Meeting.Number}",
                $"{member.FullName},\n\n«{s.Council.DirectionKk}» салалық кеңесі отырысының ({s.Meeting.Date:yyyy-MM-dd}) қол қойылған хаттамасы (M10, M12.5): {link}\n\n"
                    + $"Подписанный протокол заседания отраслевого совета «{s.Council.DirectionRu}» ({s.Meeting.Date:yyyy-MM-dd}) (M10, M12.5): {link}\n\n"
                    + $"SHA-256: {s.Meeting.MinutesSha256}\n\nKenes",
                ($"minutes-{s.Meeting.Number}.pdf", "application/pdf", signedPdf));
            db.MinutesDeliveries.Add(new MinutesDelivery
            {
                Id = Guid.NewGuid(),
                MeetingId = s.Meeting.Id,
                MemberId = member.Id,
                Email = message.To,
                OutboxMessageId = message.Id,
                QueuedAt = message.CreatedAt,
            });
            count++;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return (SessionResult.Conflict(SessionCodes.Changed, "M12.5: copies were being sent at the same time; reload."), 0);
        }

        return (SessionResult.Done, count);
    }

    /// <summary>M12.5 tracking: each copy with its outbox message's state (sent, or still waiting and retried).</summary>
    public async Task<IReadOnlyList<DeliveryView>> DeliveriesAsync(Guid meetingId, CancellationToken ct) =>
        await (from d in db.MinutesDeliveries.AsNoTracking()
               join o in db.Outbox.AsNoTracking() on d.OutboxMessageId equals o.Id into sent
               from o in sent.DefaultIfEmpty()
               where d.MeetingId == meetingId
               select new DeliveryView(d.MemberId, d.Email, d.OutboxMessageId, d.QueuedAt, o == null ? null : o.SentAt, o == null ? 0 : o.Attempts))
            .ToListAsync(ct);

    /// <summary>M12.5: late when today (Asia/Almaty) is after the deadline and some member with an e-mail still has no copy queued.</summary>
    public static bool IsLate(LocalDate today, Meeting meeting, IEnumerable<DeliveryView> deliveries, SessionState s) =>
        meeting.DistributionDeadline is { } deadline
        && (deliveries.Any(d => d.QueuedAt.InZone(ClockServiceCollectionExtensions.Almaty).Date > deadline)
            || (today > deadline && s.Members.Any(m => !string.IsNullOrWhiteSpace(m.Email) && deliveries.All(d => d.MemberId != m.Id))));
}
