namespace Kenes.Web.Features.Account;

public static class Policies
{
    /// <summary>Staff of a state body, and the nationwide observer and administrator.</summary>
    public const string Staff = "staff";

    /// <summary>Council owners (state-body officers) and administrators.</summary>
    public const string ManageCouncils = "manage-councils";

    /// <summary>
    /// Every /api/v1 endpoint that needs a user authenticates with the bearer token only, never the
    /// cookie, so a page on another site cannot ride a signed-in browser's cookie into the API.
    /// </summary>
    public const string Api = "api";
}
