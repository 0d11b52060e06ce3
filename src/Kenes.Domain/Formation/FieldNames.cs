namespace Kenes.Domain.Formation;

/// <summary>The field names in <see cref="FieldViolation.Field"/>: the same in forms, API bodies and problem details.</summary>
public static class FieldNames
{
    public const string DirectionKk = "directionKk";
    public const string DirectionRu = "directionRu";
    public const string DirectionEn = "directionEn";
    public const string DocumentsKk = "documentsKk";
    public const string DocumentsRu = "documentsRu";
    public const string DocumentsEn = "documentsEn";
    public const string PostalAddress = "postalAddress";
    public const string Email = "email";
    public const string Surname = "surname";
    public const string FirstName = "firstName";
    public const string Patronymic = "patronymic";
    public const string Organization = "organization";
    public const string Phone = "phone";
    public const string Consent = "consent";
    public const string Application = "application";
    public const string WorkExperience = "workExperience";
    public const string Reason = "reason";
}
