using Kenes.Domain.Formation;
using Kenes.Domain.Law;

namespace Kenes.Domain.Meetings;

/// <summary>M10: "The decision of the sectoral council is recorded in minutes signed by the presiding member."</summary>
public static class SignatureRule
{
    /// <summary>
    /// Null when <paramref name="signerMemberId"/> is the member who presided; otherwise
    /// <see cref="MeetingViolationCodes.MinutesNotPresiding"/>. Interpretation: the signature is the
    /// presiding member's alone; the secretary ensures it (M12.3) but does not sign in their place,
    /// and minutes of a meeting with nobody recorded as presiding cannot be signed.
    /// </summary>
    [Implements("M10")]
    public static FieldViolation? CheckSigner(Guid signerMemberId, Guid? presidingMemberId) =>
        presidingMemberId is { } presiding && presiding == signerMemberId
            ? null
            : new(Norms.Get("M10"), MeetingFieldNames.Signer, MeetingViolationCodes.MinutesNotPresiding,
                presidingMemberId is null
                    ? "M10: the minutes are signed by the presiding member, and no presiding member is recorded for this meeting."
                    : "M10: the minutes are signed by the presiding member only.");
}
