using Kenes.Web.Features.Formation;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>Turns a session result into a localized message and an RFC 7807 problem naming the norm.</summary>
public static class SessionText
{
    public static string? Message(this IStringLocalizer<Texts> texts, SessionResult result) =>
        result.Violation is { } v ? texts.Message(v) : null;

    public static IResult Problem(this IStringLocalizer<Texts> texts, SessionResult result)
    {
        var status = result.Status switch
        {
            SessionStatus.NotFound => StatusCodes.Status404NotFound,
            SessionStatus.Forbidden => StatusCodes.Status403Forbidden,
            SessionStatus.Conflict => StatusCodes.Status409Conflict,
            SessionStatus.Invalid => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        if (result.Violation is not { } v)
        {
            return Results.Problem(statusCode: status);
        }

        return Results.Problem(
            statusCode: status,
            title: texts["session.refused"].Value,
            detail: texts.Message(v),
            extensions: new Dictionary<string, object?> { ["norm"] = v.Norm.Id, ["code"] = v.Code, ["field"] = v.Field });
    }
}
