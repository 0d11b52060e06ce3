using Kenes.Domain.Calendar;
using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;

namespace Kenes.Web.Features.Formation;

/// <summary>The R8 and R10 deadlines of an announcement, with their explanations (or a preview for a draft).</summary>
public sealed record AnnouncementDeadlines(Deadline Submission, Deadline Screening, bool Preview)
{
    public static AnnouncementDeadlines For(WorkingDayCalendar calendar, Announcement announcement, NodaTime.LocalDate today)
    {
        var (window, screening) = AnnouncementRules.Deadlines(calendar, announcement.PublishedOn ?? today);
        return new AnnouncementDeadlines(window.Closes, screening, announcement.PublishedOn is null);
    }
}
