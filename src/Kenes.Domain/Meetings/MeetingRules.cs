using Kenes.Domain.Formation;
using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Meetings;

/// <summary>A meeting as the secretary schedules it (time in Asia/Almaty).</summary>
/// <param name="Mode">"InPerson", "Remote" or "Mixed" (<see cref="MeetingRules.InPerson"/> …).</param>
/// <param name="Place">Required for in-person and mixed meetings.</param>
/// <param name="VideoLink">Required for remote and mixed meetings: an absolute https:// URL.</param>
public sealed record MeetingDraft(LocalDate Date, LocalTime StartsAt, string Mode, string? Place, string? VideoLink);

/// <summary>
/// M9: "Meetings of the sectoral council are held in person and/or remotely; for remote participation
/// the state body ensures uninterrupted videoconferencing."
/// </summary>
public static class MeetingRules
{
    public const string InPerson = "InPerson";
    public const string Remote = "Remote";
    public const string Mixed = "Mixed";
    public const int MaxPlaceLength = 500;
    public const int MaxVideoLinkLength = 500;

    /// <summary>
    /// Every field problem of the draft; an empty list means the meeting may be scheduled.
    /// Interpretation: "in person and/or remotely" gives three modes — in person (a place), remote
    /// (a videoconference link) and mixed (both); the link is how the state body provides the
    /// videoconference, so it is required whenever anyone takes part remotely. A meeting is
    /// scheduled for today or later, never in the past.
    /// </summary>
    [Implements("M9")]
    public static IReadOnlyList<FieldViolation> Validate(MeetingDraft draft, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var norm = Norms.Get("M9");
        var violations = new List<FieldViolation>();

        if (draft.Date < today)
        {
            violations.Add(new(norm, MeetingFieldNames.Date, MeetingViolationCodes.DatePast,
                $"M9: the meeting date {draft.Date:uuuu-MM-dd} is in the past."));
        }

        var (needsPlace, needsLink) = draft.Mode switch
        {
            InPerson => (true, false),
            Remote => (false, true),
            Mixed => (true, true),
            _ => (false, false),
        };
        if (draft.Mode is not (InPerson or Remote or Mixed))
        {
            violations.Add(new(norm, MeetingFieldNames.Mode, MeetingViolationCodes.ModeInvalid,
                "M9: the mode must be in person, remote or mixed."));
        }

        if (needsPlace && string.IsNullOrWhiteSpace(draft.Place))
        {
            violations.Add(new(norm, MeetingFieldNames.Place, MeetingViolationCodes.PlaceRequired,
                "M9: a meeting held in person needs a place."));
        }
        else if (TextChecks.OptionalText(norm, MeetingFieldNames.Place, "the place", draft.Place, MaxPlaceLength, multiline: true) is { } place)
        {
            violations.Add(place);
        }

        if (needsLink && string.IsNullOrWhiteSpace(draft.VideoLink))
        {
            violations.Add(new(norm, MeetingFieldNames.VideoLink, MeetingViolationCodes.LinkRequired,
                "M9: a meeting with remote participation needs a videoconference link."));
        }
        else if (!string.IsNullOrWhiteSpace(draft.VideoLink) && !IsValidLink(draft.VideoLink))
        {
            violations.Add(new(norm, MeetingFieldNames.VideoLink, MeetingViolationCodes.LinkInvalid,
                $"M9: the videoconference link must be an absolute https:// address of at most {MaxVideoLinkLength} characters."));
        }

        return violations;
    }

    /// <summary>
    /// An absolute https:// URL with a host, at most <see cref="MaxVideoLinkLength"/> characters after
    /// trimming, with no white space or invisible characters inside (it goes into e-mails and iCalendar).
    /// </summary>
    public static bool IsValidLink(string? link)
    {
        var text = link?.Trim() ?? "";
        return text.Length is > 0 and <= MaxVideoLinkLength
            && !text.Any(char.IsWhiteSpace)
            && !TextChecks.HasForbiddenCharacter(text, multiline: false)
            && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps
            && !string.IsNullOrEmpty(uri.Host)
            && string.IsNullOrEmpty(uri.UserInfo);
    }
}
