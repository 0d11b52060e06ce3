using Kenes.Domain.Formation;
using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>Files for the HR officer's browser: uploaded documents, the Annex 1 PDF, the candidate list.</summary>
public static class FormationFiles
{
    public static DocumentLanguage Language(string? lang) => lang == "ru" ? DocumentLanguage.Ru : DocumentLanguage.Kk;

    public static string Pick(DocumentLanguage language, string kk, string ru) => language == DocumentLanguage.Ru ? ru : kk;

    public static ApplicationFormData FormData(CouncilApplication app, DocumentLanguage language)
    {
        var body = app.Announcement!.Council!.StateBody!;
        return new ApplicationFormData(
            Pick(language, body.NameKk, body.NameRu), app.Surname, app.FirstName, app.Patronymic,
            Pick(language, app.Announcement.DirectionKk, app.Announcement.DirectionRu), app.Organization, app.IndependentExpert,
            app.Documents.Select(d => d.FileName).ToList(), app.ReceivedOn, app.ReceiptNumber);
    }

    public static async Task<CandidateListData> CandidateListAsync(
        KenesDbContext db, Announcement announcement, Kenes.Domain.Calendar.WorkingDayCalendar calendar, LocalDate today, DocumentLanguage language, CancellationToken ct)
    {
        var (window, screening) = AnnouncementRules.Deadlines(calendar, announcement.PublishedOn!.Value);
        var decided = await db.Applications.AsNoTracking()
            .Where(a => a.AnnouncementId == announcement.Id && (a.Status == ApplicationStatus.Admitted || a.Status == ApplicationStatus.Rejected))
            .OrderBy(a => a.Status).ThenBy(a => a.Surname).ThenBy(a => a.FirstName).ToListAsync(ct);
        var body = announcement.Council!.StateBody!;
        var independent = Pick(language, "Тәуелсіз сарапшы", "Независимый эксперт");
        var rows = decided.Select((a, i) => new CandidateRow(i + 1, a.FullName, a.IndependentExpert ? independent : a.Organization ?? "",
            a.ReceiptNumber, a.Channel.ToString(), a.ReceivedOn, a.Late, a.Status == ApplicationStatus.Admitted, a.DecisionReason)).ToList();
        return new CandidateListData(Pick(language, body.NameKk, body.NameRu), Pick(language, announcement.DirectionKk, announcement.DirectionRu),
            window.Closes.Date, screening.Date, today, rows);
    }
}
