namespace Kenes.Infrastructure.Identity;

/// <summary>The roles of DESIGN.md §1. The public needs no account; the presiding member is a member
/// who chairs (or deputises for) a council, which is a fact of the composition, not a role.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Observer = "Observer";
    public const string StateBodyOfficer = "StateBodyOfficer";
    public const string HrOfficer = "HrOfficer";
    public const string Secretary = "Secretary";
    public const string Member = "Member";
    public const string Applicant = "Applicant";

    public static readonly IReadOnlyList<string> All =
        [Administrator, Observer, StateBodyOfficer, HrOfficer, Secretary, Member, Applicant];

    /// <summary>Roles whose holders work for one state body and see only its councils.</summary>
    public static readonly IReadOnlyList<string> StateBodyStaff = [StateBodyOfficer, HrOfficer, Secretary];

    /// <summary>Roles that see every state body's data.</summary>
    public static readonly IReadOnlyList<string> Nationwide = [Administrator, Observer];
}
