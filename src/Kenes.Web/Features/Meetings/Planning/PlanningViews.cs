using Kenes.Domain.Calendar;
using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>The API's JSON shapes for the work plan and meetings.</summary>
public static class PlanningViews
{
    public sealed record DeadlineView(LocalDate Date, string Norm, bool Confirmed, string Explanation);

    public sealed record MaterialView(Guid Id, string FileName, int FileVersion, string ContentType, long Length, string Sha256, string Url);

    public sealed record ItemView(Guid Id, int Order, string Title, string Description, string Subject, string Norm, IReadOnlyList<MaterialView> Materials);

    public sealed record MeetingView(
        Guid Id, Guid CouncilId, int Number, LocalDate Date, string StartsAt, string TimeZone, string Mode, string? Place, string? VideoLink,
        string Status, bool ElectsChair, int Sequence, Guid Version, LocalDate? NoticeSentOn, string? NoticeDeviationReason,
        DeadlineView? LatestNoticeDate, IReadOnlyList<ItemView> Items, string InviteUrl);

    public sealed record MonthView(int Year, int Month, bool HasMeeting, bool Gap, bool Missed, IReadOnlyList<Guid> Meetings);

    public sealed record GapView(int Year, int Month, string Norm, string Message);

    public sealed record WorkPlanView(Guid CouncilId, LocalDate? TermStarts, LocalDate? TermEnds, IReadOnlyList<MonthView> Months,
        IReadOnlyList<GapView> Gaps, IReadOnlyList<MeetingView> Meetings);

    public static WorkPlanView From(WorkPlan plan) => new(
        plan.Council.Id, plan.Council.TermStarts, plan.Council.TermEnds,
        [.. plan.Months.Select(m => new MonthView(m.Year, m.Month, m.HasMeeting, m.Gap, m.Missed, [.. m.Meetings.Select(x => x.Id)]))],
        [.. plan.Gaps.Select(g => new GapView(g.Year, g.Month, WorkPlanRule.Norm.Id,
            $"{WorkPlanRule.Norm.Id}: no meeting is planned in {g.Year:D4}-{g.Month:D2}; meetings are held at least once a month."))],
        [.. plan.Meetings.Select(m => From(m.Meeting, m.LatestNotice))]);

    public static MeetingView From(Meeting m, Deadline? latest) => new(
        m.Id, m.CouncilId, m.Number, m.Date, MeetingSchedule.FormatTime(m.StartsAt), MeetingInvitation.TimeZone, m.Mode.ToString(), m.Place, m.VideoLink,
        m.Status.ToString(), m.ElectsChair, m.Sequence, m.Version, m.NoticeSentOn, m.NoticeDeviationReason,
        latest is null ? null : new DeadlineView(latest.Date, latest.Norm.Id, latest.Confirmed, latest.Explain()),
        [.. m.Items.OrderBy(i => i.Order).Select(i => new ItemView(i.Id, i.Order, i.Title, i.Description, i.Subject.ToString(),
            AgendaSubjectNorms.NormOf(i.Subject.ToString()).Id,
            [.. i.Materials.OrderBy(x => x.FileName).ThenBy(x => x.FileVersion).Select(x => new MaterialView(
                x.Id, x.FileName, x.FileVersion, x.ContentType, x.Length, x.Sha256, PlanningLinks.Material(x.Id)))]))],
        PlanningLinks.Invite(m.Id));
}
