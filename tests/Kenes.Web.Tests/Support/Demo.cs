namespace Kenes.Web.Tests.Support;

/// <summary>The demo accounts seeded in every test database (see README).</summary>
public static class Demo
{
    public const string Password = "Demo-Kenes-2026!";
    public const string Admin = "admin@demo.kenes.kz";
    public const string Observer = "observer@demo.kenes.kz";
    public const string EnergyOfficer = "officer@demo.kenes.kz";
    public const string EnergyHr = "hr@demo.kenes.kz";
    public const string EnergySecretary = "secretary@demo.kenes.kz";
    public const string HealthOfficer = "officer.health@demo.kenes.kz";
    public const string Member = "member@demo.kenes.kz";
    public const string Applicant = "applicant@demo.kenes.kz";
}
