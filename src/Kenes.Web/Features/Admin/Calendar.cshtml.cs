using System.ComponentModel.DataAnnotations;
using Kenes.Domain;
using Kenes.Domain.Calendar;
using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Calendar;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace Kenes.Web.Features.Admin;

/// <summary>
/// An administrator adds a calendar fact announced after the data file shipped (a Kurban Ait date,
/// a transfer decree). It takes effect at once and is audited; entries that contradict the law are
/// refused with the rule's reason.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class CalendarModel(
    KenesDbContext db, CalendarSource source, CurrentUser user, IClock clock, IStringLocalizer<Texts> texts) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "calendar.date")]
        public string? Date { get; set; }

        [Display(Name = "calendar.kind")]
        public CalendarEntryKind Kind { get; set; } = CalendarEntryKind.KurbanAit;

        [StringLength(200, ErrorMessage = "validation.too_long")]
        [Display(Name = "calendar.name_kk")]
        public string? NameKk { get; set; }

        [StringLength(200, ErrorMessage = "validation.too_long")]
        [Display(Name = "calendar.name_ru")]
        public string? NameRu { get; set; }

        [StringLength(200, ErrorMessage = "validation.too_long")]
        [Display(Name = "calendar.name_en")]
        public string? NameEn { get; set; }

        [StringLength(1000, ErrorMessage = "validation.too_long")]
        [Display(Name = "calendar.basis")]
        public string? Basis { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "calendar.verified")]
        public string? Verified { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<CalendarAddition> Additions { get; private set; } = [];

    public IReadOnlyList<RejectedCalendarEntry> Rejected { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        Input.Verified = LocalDatePattern.Iso.Format(Infrastructure.Time.ClockServiceCollectionExtensions.TodayInAlmaty(clock));
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var date = ParseDate(Input.Date, nameof(Input.Date), "calendar.date");
        var verified = ParseDate(Input.Verified, nameof(Input.Verified), "calendar.verified");
        if (!ModelState.IsValid || date is null || verified is null)
        {
            await LoadAsync(ct);
            return Page();
        }

        var name = string.IsNullOrWhiteSpace(Input.NameKk) && string.IsNullOrWhiteSpace(Input.NameRu) && string.IsNullOrWhiteSpace(Input.NameEn)
            ? null
            : new LocalizedText(Input.NameKk?.Trim() ?? "", Input.NameRu?.Trim() ?? "", Input.NameEn?.Trim() ?? "");
        var entry = new CalendarEntry(date.Value, Input.Kind, name, Input.Basis?.Trim() ?? "", verified.Value);
        var calendar = await source.GetAsync(ct);
        var errors = calendar.ValidateAddition(entry);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(FieldFor(error.Field), texts[error.Code].ResourceNotFound ? error.Message : texts[error.Code].Value);
            }

            await LoadAsync(ct);
            return Page();
        }

        db.CalendarAdditions.Add(new CalendarAddition
        {
            Id = Guid.NewGuid(),
            Date = entry.Date,
            Kind = entry.Kind,
            NameKk = name?.Kk,
            NameRu = name?.Ru,
            NameEn = name?.En,
            Basis = entry.Basis,
            Verified = entry.Verified,
            CreatedBy = user.Id,
            CreatedAt = clock.GetCurrentInstant(),
        });
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            UserId = user.Id,
            Action = "calendar.add",
            Subject = $"{entry.Kind} {LocalDatePattern.Iso.Format(entry.Date)}",
            Details = entry.Basis,
        });
        await db.SaveChangesAsync(ct);
        source.Invalidate();
        return RedirectToPage(new { saved = true });
    }

    private LocalDate? ParseDate(string? text, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success || parsed.Value.Year < WorkingDayCalendar.FirstSupportedYear || parsed.Value.Year > WorkingDayCalendar.LastSupportedYear)
        {
            ModelState.AddModelError($"Input.{field}", texts["calendar.param.date_range", texts[label], WorkingDayCalendar.FirstSupportedYear, WorkingDayCalendar.LastSupportedYear]);
            return null;
        }

        return parsed.Value;
    }

    private static string FieldFor(string domainField) => domainField.ToLowerInvariant() switch
    {
        "date" => "Input.Date",
        "basis" => "Input.Basis",
        "name" => "Input.NameKk",
        "verified" => "Input.Verified",
        _ => string.Empty,
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        Additions = await db.CalendarAdditions.AsNoTracking().OrderByDescending(a => a.Date).ToListAsync(ct);
        Rejected = (await source.GetAsync(ct)).RejectedAdditions;
    }
}
