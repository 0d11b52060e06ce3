using Kenes.Infrastructure.Persistence;
using Microsoft.Net.Http.Headers;

namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>
/// Optimistic concurrency for a meeting and its agenda (issue #7.3): every change bumps
/// <see cref="Meeting.Version"/> (an EF concurrency token); a client that says which version it read —
/// If-Match in the API, a hidden field on the page, or <c>version</c> in the body — gets a conflict
/// when someone saved in between, with the meeting as it is now, instead of overwriting their change.
/// </summary>
public static class MeetingVersion
{
    public static string ETag(Meeting meeting) => $"\"{meeting.Version}\"";

    /// <summary>The version from If-Match (quoted, weak or not), else from the body; null when the client sent neither.</summary>
    public static Guid? Expected(HttpRequest request, Guid? fromBody = null)
    {
        foreach (var value in request.Headers.IfMatch)
        {
            if (EntityTagHeaderValue.TryParse(value, out var tag) && Guid.TryParse(tag.Tag.Value?.Trim('"'), out var version))
            {
                return version;
            }
        }

        return fromBody;
    }

    public static bool IsStale(Meeting meeting, Guid? expected) => expected is { } v && v != meeting.Version;
}
