using Kenes.Domain.Formation;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>The Annex 1 (F) fields on the page; the files come separately and are never echoed back.</summary>
public class ApplicationInput
{
    public string? Surname { get; set; }
    public string? FirstName { get; set; }
    public string? Patronymic { get; set; }
    public bool IndependentExpert { get; set; }
    public string? Organization { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool Consent { get; set; }

    public ApplicationFormInput ToForm() => new(Surname, FirstName, Patronymic, IndependentExpert, Organization, Email, Phone, Consent);
}
