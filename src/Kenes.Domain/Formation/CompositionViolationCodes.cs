namespace Kenes.Domain.Formation;

/// <summary>The stable codes of <see cref="CompositionViolation"/>; stored and used as localization keys.</summary>
public static class CompositionViolationCodes
{
    /// <summary>R5: the same person is listed twice.</summary>
    public const string DuplicatePerson = "composition.duplicate_person";

    /// <summary>R5.1–R5.4: a mandatory category has no member.</summary>
    public const string CategoryMissing = "composition.category_missing";

    /// <summary>R5.5, R5.6: an "if any" category is empty and no justification is recorded.</summary>
    public const string CategoryUnjustified = "composition.category_unjustified";

    /// <summary>R5.7: more than two representatives of educational organizations.</summary>
    public const string EducationOverLimit = "composition.education_over_limit";

    /// <summary>M6: more members than the seats the state body set.</summary>
    public const string OverSeats = "composition.over_seats";

    /// <summary>M7: no member is marked as deputy chair.</summary>
    public const string DeputyChairMissing = "composition.deputy_chair_missing";

    /// <summary>M7: more than one member is marked as deputy chair.</summary>
    public const string DeputyChairMultiple = "composition.deputy_chair_multiple";

    /// <summary>M7: the deputy chair does not represent the state body.</summary>
    public const string DeputyChairNotStateBody = "composition.deputy_chair_not_state_body";

    /// <summary>M12: no secretary is appointed.</summary>
    public const string SecretaryMissing = "composition.secretary_missing";

    /// <summary>M12: the secretary is listed as a member.</summary>
    public const string SecretaryIsMember = "composition.secretary_is_member";
}
