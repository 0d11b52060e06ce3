using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;

namespace Kenes.Web.Features.Composition;

public enum EditStatus
{
    Saved,

    /// <summary>A field is wrong; <see cref="EditResult.Errors"/> names it. Nothing was saved.</summary>
    Invalid,

    /// <summary>The composition breaks the order (approval only); <see cref="EditResult.Violations"/> lists how.</summary>
    Violations,

    /// <summary>The council changed since the form was opened (its Version); nothing was saved.</summary>
    Conflict,

    /// <summary>The member or application is not part of this council.</summary>
    NotFound,
}

public sealed record EditResult(
    EditStatus Status,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    IReadOnlyList<CompositionViolation>? Violations = null,
    CompositionMember? Member = null,
    ApprovalOrder? Order = null)
{
    public static readonly EditResult Conflict = new(EditStatus.Conflict);
    public static readonly EditResult NotFound = new(EditStatus.NotFound);

    public static EditResult Invalid(FieldErrors errors) => new(EditStatus.Invalid, errors.ToDictionary());

    public static EditResult Invalid(string field, string message) =>
        new(EditStatus.Invalid, new Dictionary<string, string[]> { [field] = [message] });
}
