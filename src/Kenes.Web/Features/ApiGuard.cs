namespace Kenes.Web.Features;

/// <summary>
/// The one answer for "not yours": a record of another state body is a 404 (its existence is not
/// revealed); a visible record the caller may not change is a 403.
/// </summary>
public static class ApiGuard
{
    public static IResult? Deny(bool found, bool allowed) =>
        !found ? Results.Problem(statusCode: StatusCodes.Status404NotFound)
        : !allowed ? Results.Problem(statusCode: StatusCodes.Status403Forbidden)
        : null;
}
