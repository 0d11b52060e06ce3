using Kenes.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>
/// /meetings/{id}/minutes/draft?lang=kk|ru&amp;format=docx|pdf: the draft minutes for the staff and members.
/// </summary>
[Authorize]
public sealed class MinutesFileModel(SessionLoader loader, MinutesService minutes) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? lang, string? format, CancellationToken ct)
    {
        var s = await loader.LoadAsync(id, ct, tracking: false);
        if (s is null || !(s.CanRun || s.Me is not null))
        {
            return NotFound();
        }

        DocumentLanguage? language = lang switch { "kk" => DocumentLanguage.Kk, "ru" => DocumentLanguage.Ru, _ => null };
        if (language is null || format is not ("docx" or "pdf"))
        {
            return BadRequest();
        }

        var data = await minutes.DataAsync(s, ct);
        var name = $"minutes-{s.Meeting.Number}-{s.Meeting.Date:yyyy-MM-dd}-{lang}.{format}";
        return format == "pdf"
            ? File(MinutesPdf.Render(data, language.Value), MinutesService.PdfType, name)
            : File(MinutesDocx.Render(data, language.Value), MinutesService.DocxType, name);
    }
}
