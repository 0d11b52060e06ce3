using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>R10: the list of candidates, printable (PDF) and exportable (CSV for spreadsheets).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CandidateListFileModel(KenesDbContext db, CurrentUser user, CalendarSource calendars, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? lang, string? format, CancellationToken ct)
    {
        var announcement = await db.FindAnnouncementAsync(id, user, ct);
        if (announcement is null || announcement.Status != AnnouncementStatus.Published)
        {
            return NotFound();
        }

        var language = FormationFiles.Language(lang);
        var data = await FormationFiles.CandidateListAsync(db, announcement, await calendars.GetAsync(ct), clock.TodayInAlmaty(), language, ct);
        var name = $"candidates-{announcement.Number}-{language.ToString().ToLowerInvariant()}";
        return format == "csv"
            ? File(CandidateListCsv.Render(data, language), "text/csv; charset=utf-8", $"{name}.csv")
            : File(CandidateListPdf.Render(data, language), "application/pdf", $"{name}.pdf");
    }
}
