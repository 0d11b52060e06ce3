using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Councils;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime.Text;

namespace Kenes.Web.Features.Composition;

/// <summary>
/// R11: the draft of the state body's order approving the composition the next order would
/// approve, in Kazakh or Russian, with the number and date entered so far (or blanks to fill in).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DraftOrderModel(KenesDbContext db, CurrentUser user, CompositionReader reader) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? lang, string? number, string? date, CancellationToken ct)
    {
        var council = await db.FindVisibleAsync(id, user, ct);
        if (council is null)
        {
            return NotFound();
        }

        if (!CompositionTexts.TryParseLanguage(lang, out var language))
        {
            return BadRequest();
        }

        var snapshot = await reader.LoadAsync(council, ct);
        var parsed = string.IsNullOrWhiteSpace(date) ? null : LocalDatePattern.Iso.Parse(date.Trim());
        var orderNumber = number?.Trim() is { Length: > 0 and <= ApproveComposition.NumberMax } n
            && !FieldErrors.HasInvisibleCharacters(n, multiline: false) ? n : null;
        var bytes = CompositionDocuments.DraftOrder(snapshot, language, orderNumber, parsed is { Success: true } p ? p.Value : null);
        return File(bytes, CompositionDocuments.DocxType, CompositionDocuments.FileName(council, "draft-order", language, "docx"));
    }
}
