using System.Text.Json;
using Kenes.Domain.Formation;
using Kenes.Domain.Law;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Calendar;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Formation;

/// <summary>
/// R6–R7: drafting, publishing and correcting an announcement. A published announcement is never
/// edited silently: a correction stores the previous text with the reason and bumps the revision.
/// </summary>
[Implements("R7")]
public sealed class Announcements(KenesDbContext db, CalendarSource calendars, IClock clock)
{
    public sealed record Outcome(Announcement? Announcement, IReadOnlyList<FieldViolation> Violations, bool Conflict = false)
    {
        public bool Ok => Announcement is not null && Violations.Count == 0 && !Conflict;
    }

    /// <summary>The R9 documents, as the announcement lists them by default (R7.2).</summary>
    public static readonly (string Kk, string Ru, string En) DefaultDocuments = (
        "1) № 378 бұйрықпен бекітілген Қағидаларға 1-қосымшаға сәйкес нысан бойынша жазбаша өтініш;\n2) Қазақстан Республикасы Еңбек кодексінің 35-бабына сәйкес тиісті саладағы еңбек қызметін растайтын құжат (еңбек кітапшасы, еңбек шарты, бұйрықтардан үзінділер, мұрағаттық анықтама немесе электрондық еңбек шарты туралы мәлімет).",
        "1) письменное заявление по форме согласно приложению 1 к Правилам, утверждённым приказом № 378;\n2) документ, подтверждающий трудовую деятельность в соответствующей сфере в соответствии со статьёй 35 Трудового кодекса Республики Казахстан (трудовая книжка, трудовой договор, выписки из приказов, архивная справка или сведения электронного трудового договора).",
        "1) a written application in the form of Annex 1 to the Rules approved by Order No. 378;\n2) a document confirming work experience in the relevant sphere under Article 35 of the Labour Code of the Republic of Kazakhstan (work book, employment contract, extracts from orders, archival certificate or the electronic employment record).");

    public async Task<Outcome> CreateDraftAsync(Council council, AnnouncementDraft draft, CancellationToken ct)
    {
        var violations = AnnouncementRules.Validate(draft);
        if (violations.Count > 0)
        {
            return new Outcome(null, violations);
        }

        var year = clock.TodayInAlmaty().Year;
        var code = council.StateBody!.Code;
        var announcement = new Announcement
        {
            Id = Guid.NewGuid(),
            CouncilId = council.Id,
            Status = AnnouncementStatus.Draft,
            CreatedAt = clock.GetCurrentInstant(),
            Version = Guid.NewGuid(),
        };
        Apply(announcement, draft);

        // Two officers drafting at the same moment compute the same next number; the unique index
        // refuses the second, which takes the following number instead of failing (found by the
        // issue #6 load harness: ten concurrent drafts gave 500s).
        for (var attempt = 0; ; attempt++)
        {
            var count = await db.Announcements.CountAsync(a => a.Council!.StateBodyId == council.StateBodyId && a.Number.StartsWith($"{code}-{year}-"), ct);
            announcement.Number = $"{code}-{year}-{count + 1 + attempt:000}";
            db.Announcements.Add(announcement);
            try
            {
                await db.SaveChangesAsync(ct);
                return new Outcome(announcement, []);
            }
            catch (DbUpdateException) when (attempt < 20)
            {
                db.Entry(announcement).State = EntityState.Detached;
                var number = announcement.Number;
                if (!await db.Announcements.AnyAsync(a => a.Number == number, ct))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Changes a draft freely; a published announcement only with a reason, kept as a revision.</summary>
    public async Task<Outcome> UpdateAsync(Announcement announcement, AnnouncementDraft draft, Guid expectedVersion, string? reason, Guid? userId, CancellationToken ct)
    {
        var violations = AnnouncementRules.Validate(draft).ToList();
        if (announcement.Status == AnnouncementStatus.Published && string.IsNullOrWhiteSpace(reason))
        {
            violations.Add(new FieldViolation(Kenes.Domain.Law.Norms.Get("R6"), "reason", "announcement.correction_reason_required",
                "R6: a published announcement is corrected only with a stated reason."));
        }

        if (violations.Count > 0)
        {
            return new Outcome(null, violations);
        }

        if (announcement.Version != expectedVersion)
        {
            return new Outcome(null, [], Conflict: true);
        }

        if (announcement.Status == AnnouncementStatus.Published)
        {
            announcement.Revision++;
            // Added through the set, not the navigation: a preset key would otherwise be taken for an existing row.
            db.AnnouncementRevisions.Add(new AnnouncementRevision
            {
                Id = Guid.NewGuid(),
                AnnouncementId = announcement.Id,
                Revision = announcement.Revision,
                ChangedAt = clock.GetCurrentInstant(),
                ChangedBy = userId,
                Reason = reason!.Trim(),
                Previous = JsonSerializer.Serialize(Snapshot(announcement)),
            });
        }

        Apply(announcement, draft);
        announcement.Version = Guid.NewGuid();
        return await SaveAsync(ct) ? new Outcome(announcement, []) : new Outcome(null, [], Conflict: true);
    }

    /// <summary>R6: publishing puts the announcement on the portal and fixes the R8 and R10 deadlines.</summary>
    [Implements("R6")]
    public async Task<Outcome> PublishAsync(Announcement announcement, Guid expectedVersion, Guid? userId, CancellationToken ct)
    {
        if (announcement.Version != expectedVersion)
        {
            return new Outcome(null, [], Conflict: true);
        }

        if (announcement.Status == AnnouncementStatus.Published)
        {
            return new Outcome(announcement, []);
        }

        var today = clock.TodayInAlmaty();
        var (window, screening) = AnnouncementRules.Deadlines(await calendars.GetAsync(ct), today);
        announcement.Status = AnnouncementStatus.Published;
        announcement.PublishedOn = today;
        announcement.PublishedAt = clock.GetCurrentInstant();
        announcement.SubmissionDeadline = window.Closes.Date;
        announcement.ScreeningDeadline = screening.Date;
        announcement.Version = Guid.NewGuid();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            UserId = userId,
            Action = "announcement.publish",
            Subject = announcement.Number,
            Details = $"R8 {window.Closes.Date:uuuu-MM-dd}; R10 {screening.Date:uuuu-MM-dd}",
        });
        return await SaveAsync(ct) ? new Outcome(announcement, []) : new Outcome(null, [], Conflict: true);
    }

    public static AnnouncementDraft Snapshot(Announcement a) => new(
        a.DirectionKk, a.DirectionRu, a.DirectionEn, a.DocumentsKk, a.DocumentsRu, a.DocumentsEn, a.PostalAddress, a.Email);

    private static void Apply(Announcement a, AnnouncementDraft d)
    {
        a.DirectionKk = d.DirectionKk.Trim();
        a.DirectionRu = d.DirectionRu.Trim();
        a.DirectionEn = d.DirectionEn.Trim();
        a.DocumentsKk = d.DocumentsKk.Trim();
        a.DocumentsRu = d.DocumentsRu.Trim();
        a.DocumentsEn = d.DocumentsEn.Trim();
        a.PostalAddress = d.PostalAddress.Trim();
        a.Email = d.Email.Trim();
    }

    /// <summary>False when someone else saved the same announcement first: nothing is overwritten.</summary>
    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
