using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Formation;

/// <summary>The announcement form's fields (R7.1, R7.2, R7.4); the same names as the API.</summary>
public sealed class AnnouncementInput
{
    public string? DirectionKk { get; set; }
    public string? DirectionRu { get; set; }
    public string? DirectionEn { get; set; }
    public string? DocumentsKk { get; set; }
    public string? DocumentsRu { get; set; }
    public string? DocumentsEn { get; set; }
    public string? PostalAddress { get; set; }
    public string? Email { get; set; }
    public string? Reason { get; set; }
    public Guid Version { get; set; }

    public AnnouncementDraft ToDraft() => new(DirectionKk ?? "", DirectionRu ?? "", DirectionEn ?? "",
        DocumentsKk ?? "", DocumentsRu ?? "", DocumentsEn ?? "", PostalAddress ?? "", Email ?? "");

    public static AnnouncementInput Prefill(Council council) => new()
    {
        DirectionKk = council.DirectionKk,
        DirectionRu = council.DirectionRu,
        DirectionEn = council.DirectionEn,
        DocumentsKk = Announcements.DefaultDocuments.Kk,
        DocumentsRu = Announcements.DefaultDocuments.Ru,
        DocumentsEn = Announcements.DefaultDocuments.En,
        PostalAddress = council.StateBody!.PostalAddress,
        Email = council.StateBody.Email,
    };

    public static AnnouncementInput From(Announcement a) => new()
    {
        DirectionKk = a.DirectionKk,
        DirectionRu = a.DirectionRu,
        DirectionEn = a.DirectionEn,
        DocumentsKk = a.DocumentsKk,
        DocumentsRu = a.DocumentsRu,
        DocumentsEn = a.DocumentsEn,
        PostalAddress = a.PostalAddress,
        Email = a.Email,
        Version = a.Version,
    };

    public void AddErrors(ModelStateDictionary state, IEnumerable<FieldViolation> violations, IStringLocalizer<Texts> texts)
    {
        foreach (var v in violations)
        {
            state.AddModelError($"Input.{char.ToUpperInvariant(v.Field[0])}{v.Field[1..]}", texts.Message(v));
        }
    }
}
