using Kenes.Domain;
using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.Web.Features.Formation;

public sealed record AnnouncementRevisionView(int Revision, Instant ChangedAt, string Reason);

/// <summary>An announcement as the portal and the API show it (R7.1–R7.4).</summary>
public sealed record AnnouncementView(
    Guid Id, string Number, string Status, LocalizedText StateBody, LocalizedText Direction, LocalizedText Documents,
    string PostalAddress, string Email, LocalDate? PublishedOn, LocalDate? ApplicationsOpen, LocalDate? SubmissionDeadline,
    LocalDate? ScreeningDeadline, int Revision, IReadOnlyList<AnnouncementRevisionView> Revisions, Guid Version)
{
    public static AnnouncementView From(Announcement a) => new(
        a.Id, a.Number, a.Status.ToString(),
        new LocalizedText(a.Council!.StateBody!.NameKk, a.Council.StateBody.NameRu, a.Council.StateBody.NameEn),
        new LocalizedText(a.DirectionKk, a.DirectionRu, a.DirectionEn),
        new LocalizedText(a.DocumentsKk, a.DocumentsRu, a.DocumentsEn),
        a.PostalAddress, a.Email, a.PublishedOn, a.PublishedOn?.PlusDays(1), a.SubmissionDeadline, a.ScreeningDeadline, a.Revision,
        a.Revisions.OrderBy(r => r.Revision).Select(r => new AnnouncementRevisionView(r.Revision, r.ChangedAt, r.Reason)).ToList(),
        a.Version);
}
