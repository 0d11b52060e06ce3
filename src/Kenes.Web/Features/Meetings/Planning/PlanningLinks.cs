using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>The addresses of the planning pages and files, for pages, e-mails and other features.</summary>
public static class PlanningLinks
{
    public const string FeedPurpose = "kenes.calendar-feed";

    public static string WorkPlan(Guid councilId) => $"/councils/{councilId}/meetings";

    public static string Meeting(Guid meetingId) => $"/meetings/{meetingId}";

    public static string Invite(Guid meetingId) => $"/meetings/{meetingId}/invite.ics";

    public static string Material(Guid materialId) => $"/meetings/materials/{materialId}";

    /// <summary>
    /// The user's own calendar feed (relative URL). Public by its token, because calendar apps cannot
    /// sign in; the token is the user id protected by the shared data-protection keys, so it cannot be
    /// forged or guessed and another node can read it.
    /// </summary>
    public static string CalendarFeed(IDataProtectionProvider protection, Guid userId) =>
        $"/calendar/feed/{WebEncoders.Base64UrlEncode(protection.CreateProtector(FeedPurpose).Protect(userId.ToByteArray()))}.ics";

    /// <summary>The user id of a feed token, or null for anything that was not issued by Kenes.</summary>
    public static Guid? FeedUser(IDataProtectionProvider protection, string? token)
    {
        try
        {
            var bytes = protection.CreateProtector(FeedPurpose).Unprotect(WebEncoders.Base64UrlDecode(token ?? ""));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception ex) when (ex is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The absolute origin of the request, for links in e-mails and invitations.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
