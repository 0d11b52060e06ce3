using Kenes.Domain.Law;

namespace Kenes.Domain.Formation;

/// <summary>
/// The checks a draft composition must pass before the R11 approval order: the R5 categories, the
/// M6 seats, the M7 deputy chair and the M12 secretary. Each rule is a method of its own that cites
/// its norm; <see cref="Validate"/> runs them all, so the officer sees every problem at once.
/// </summary>
public static class CompositionRules
{
    /// <summary>R5.7: "no more than two representatives" of educational organizations.</summary>
    public const int MaxEducationMembers = 2;

    private static readonly MemberCategory[] Mandatory =
        [MemberCategory.StateBody, MemberCategory.NationalChamber, MemberCategory.NationalBody, MemberCategory.Employers];

    /// <summary>
    /// R5: "The composition of the sectoral council includes representatives of: …" — every violation
    /// of the draft, ordered by the position of its norm in the text (R5, R5.1 … R5.7, M6, M7, M12).
    /// An empty list means the draft may go to the approval order.
    /// </summary>
    [Implements("R5")]
    public static IReadOnlyList<CompositionViolation> Validate(CompositionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var members = draft.Members ?? [];

        var violations = new List<CompositionViolation>();
        violations.AddRange(DuplicatePersons(members));
        violations.AddRange(MandatoryCategories(members));
        violations.AddRange(OptionalCategories(members, draft.TradeUnionsJustification, draft.EmployerAssociationsJustification));
        violations.AddRange(EducationLimit(members));
        violations.AddRange(SeatLimit(members, draft.Seats));
        violations.AddRange(DeputyChair(members));
        violations.AddRange(Secretary(members, draft.SecretaryUserId));

        // OrderBy is stable, so violations of one norm keep the member order they were found in.
        return violations.OrderBy(v => TextPosition(v.Norm)).ToList();
    }

    /// <summary>
    /// R5: each member "belongs to exactly one category" (DESIGN.md §2), so a person appears once.
    /// Interpretation: the same person is recognized by the same account, or by the same full name
    /// compared without regard to case or runs of white space; "ё" and "е" are different letters
    /// (they distinguish real surnames). The second and later listings are reported.
    /// </summary>
    [Implements("R5")]
    private static IEnumerable<CompositionViolation> DuplicatePersons(IReadOnlyList<ProposedMember> members)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var users = new HashSet<Guid>();
        foreach (var member in members)
        {
            var name = NormalizeName(member.FullName);
            var sameName = name.Length > 0 && !names.Add(name);
            var sameUser = member.UserId is { } userId && !users.Add(userId);
            if (sameName || sameUser)
            {
                yield return new(Norms.Get("R5"), CompositionViolationCodes.DuplicatePerson,
                    $"R5: {Display(member)} is listed more than once; each person holds one seat in one category.", member.Id);
            }
        }
    }

    /// <summary>R5.1–R5.4: the state body, the National Chamber, the National body and employers each have at least one representative.</summary>
    [Implements("R5.1")]
    [Implements("R5.2")]
    [Implements("R5.3")]
    [Implements("R5.4")]
    private static IEnumerable<CompositionViolation> MandatoryCategories(IReadOnlyList<ProposedMember> members)
    {
        foreach (var category in Mandatory)
        {
            if (!members.Any(m => m.Category == category))
            {
                var norm = category.NormOf();
                yield return new(norm, CompositionViolationCodes.CategoryMissing,
                    $"{norm.Id}: at least one representative of {Label(category)} is required (none listed).");
            }
        }
    }

    /// <summary>
    /// R5.5: "sectoral trade unions (if any)"; R5.6: "sectoral associations of employers … (if any)".
    /// Interpretation (DESIGN.md §2, R5): "if any" lets the category stay empty only when the state
    /// body records why (e.g. no sectoral union exists), so an empty category needs a non-blank
    /// justification; a justification next to a filled category is simply not needed.
    /// </summary>
    [Implements("R5.5")]
    [Implements("R5.6")]
    private static IEnumerable<CompositionViolation> OptionalCategories(
        IReadOnlyList<ProposedMember> members, string? tradeUnionsJustification, string? employerAssociationsJustification)
    {
        (MemberCategory Category, string? Justification)[] optional =
        [
            (MemberCategory.TradeUnions, tradeUnionsJustification),
            (MemberCategory.EmployerAssociations, employerAssociationsJustification),
        ];

        foreach (var (category, justification) in optional)
        {
            if (!members.Any(m => m.Category == category) && string.IsNullOrWhiteSpace(justification))
            {
                var norm = category.NormOf();
                yield return new(norm, CompositionViolationCodes.CategoryUnjustified,
                    $"{norm.Id}: no representative of {Label(category)} is listed and no justification is recorded for leaving the category empty.");
            }
        }
    }

    /// <summary>R5.7: "no more than two representatives of educational organizations implementing programmes in the sphere".</summary>
    [Implements("R5.7")]
    private static IEnumerable<CompositionViolation> EducationLimit(IReadOnlyList<ProposedMember> members)
    {
        var count = members.Count(m => m.Category == MemberCategory.Education);
        if (count > MaxEducationMembers)
        {
            yield return new(Norms.Get("R5.7"), CompositionViolationCodes.EducationOverLimit,
                $"R5.7: at most two representatives of educational organizations ({count} listed).");
        }
    }

    /// <summary>M6: "The number of members of the sectoral council is set by the sectoral state body."</summary>
    [Implements("M6")]
    private static IEnumerable<CompositionViolation> SeatLimit(IReadOnlyList<ProposedMember> members, int seats)
    {
        // Interpretation: the number the state body sets is a ceiling for the composition, not a
        // quota to fill — an approved composition may leave a seat vacant.
        if (members.Count > seats)
        {
            yield return new(Norms.Get("M6"), CompositionViolationCodes.OverSeats,
                $"M6: {members.Count} members are listed but the state body set {seats} seats.");
        }
    }

    /// <summary>M7: "The deputy first head of the state body is appointed deputy chair of the sectoral council."</summary>
    [Implements("M7")]
    private static IEnumerable<CompositionViolation> DeputyChair(IReadOnlyList<ProposedMember> members)
    {
        var norm = Norms.Get("M7");
        var deputies = members.Where(m => m.IsDeputyChair).ToList();
        if (deputies.Count == 0)
        {
            yield return new(norm, CompositionViolationCodes.DeputyChairMissing,
                "M7: no member is marked as deputy chair; the deputy chair is the deputy first head of the state body.");
            yield break;
        }

        if (deputies.Count > 1)
        {
            yield return new(norm, CompositionViolationCodes.DeputyChairMultiple,
                $"M7: {deputies.Count} members are marked as deputy chair; the council has exactly one.", deputies[1].Id);
        }

        // Interpretation: the deputy of the state body's first head sits on the council as the state
        // body's representative (R5.1), so a deputy chair in any other category is a mistake.
        foreach (var deputy in deputies.Where(d => d.Category != MemberCategory.StateBody))
        {
            yield return new(norm, CompositionViolationCodes.DeputyChairNotStateBody,
                $"M7: the deputy chair {Display(deputy)} must represent the state body (R5.1), not {Label(deputy.Category)}.", deputy.Id);
        }
    }

    /// <summary>M12: "… the secretary of the sectoral council, appointed from the state body's staff … is not a member of the sectoral council."</summary>
    [Implements("M12")]
    private static IEnumerable<CompositionViolation> Secretary(IReadOnlyList<ProposedMember> members, Guid? secretaryUserId)
    {
        var norm = Norms.Get("M12");
        if (secretaryUserId is not { } secretary)
        {
            yield return new(norm, CompositionViolationCodes.SecretaryMissing,
                "M12: no secretary is appointed; the secretary is a state-body employee who is not a member.");
            yield break;
        }

        foreach (var member in members.Where(m => m.UserId == secretary))
        {
            yield return new(norm, CompositionViolationCodes.SecretaryIsMember,
                $"M12: the secretary is listed as a member ({Display(member)}); the secretary is never a member.", member.Id);
        }
    }

    private static int TextPosition(Norm norm)
    {
        for (var i = 0; i < Norms.All.Count; i++)
        {
            if (Norms.All[i].Id == norm.Id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static string NormalizeName(string? fullName) =>
        string.Join(' ', (fullName ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string Display(ProposedMember member) =>
        string.IsNullOrWhiteSpace(member.FullName) ? $"member {member.Id}" : member.FullName.Trim();

    private static string Label(MemberCategory category) => category switch
    {
        MemberCategory.StateBody => "the state body",
        MemberCategory.NationalChamber => "the National Chamber of Entrepreneurs",
        MemberCategory.NationalBody => "the National body on professional qualifications",
        MemberCategory.Employers => "employers",
        MemberCategory.TradeUnions => "sectoral trade unions",
        MemberCategory.EmployerAssociations => "sectoral associations of employers (or sectoral organizations)",
        MemberCategory.Education => "educational organizations",
        MemberCategory.IndependentExpert => "independent experts",
        _ => $"category {(int)category}",
    };
}
