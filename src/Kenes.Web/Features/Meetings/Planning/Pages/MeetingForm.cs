using Kenes.Domain.Formation;
using Kenes.Web.Features.Formation;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Meetings.Planning.Pages;

/// <summary>The meeting fields of the plan and reschedule forms.</summary>
public sealed class MeetingForm
{
    public string? Date { get; set; }
    public string? StartsAt { get; set; } = "10:00";
    public string? Mode { get; set; } = "InPerson";
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
    public bool ElectsChair { get; set; }

    public MeetingInput ToInput() => new(Date, StartsAt, Mode, Place, VideoLink, ElectsChair);

    public static MeetingForm From(Kenes.Infrastructure.Persistence.Meeting m) => new()
    {
        Date = NodaTime.Text.LocalDatePattern.Iso.Format(m.Date),
        StartsAt = MeetingSchedule.FormatTime(m.StartsAt),
        Mode = m.Mode.ToString(),
        Place = m.Place,
        VideoLink = m.VideoLink,
        ElectsChair = m.ElectsChair,
    };
}

public static class PageErrors
{
    /// <summary>Each violation under "{prefix}.{Field}" (or the page when there is no prefix), in the user's language with its norm.</summary>
    public static void AddErrors(this ModelStateDictionary state, string prefix, IEnumerable<FieldViolation> violations, IStringLocalizer<Texts> texts)
    {
        foreach (var v in violations)
        {
            state.AddModelError(prefix.Length == 0 ? "" : $"{prefix}.{char.ToUpperInvariant(v.Field[0])}{v.Field[1..]}", texts.Message(v));
        }
    }
}
