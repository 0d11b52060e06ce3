using Kenes.Infrastructure.Identity;

namespace Kenes.Infrastructure.Demo;

/// <summary>
/// The demo accounts printed in the README. They exist only in demo mode; production refuses to
/// start while any of them can still sign in with the demo password.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Kenes-2026!";

    public sealed record Account(string Email, string FullName, string Role, string? StateBodyCode);

    public static readonly IReadOnlyList<Account> All =
    [
        new("admin@demo.kenes.kz", "Әділет Серікбаев", Roles.Administrator, null),
        new("observer@demo.kenes.kz", "Гүлнар Әбдірахманова", Roles.Observer, null),
        new("officer@demo.kenes.kz", "Нұрлан Қасымов", Roles.StateBodyOfficer, DemoStateBodies.Energy),
        new("hr@demo.kenes.kz", "Айгүл Төлеуова", Roles.HrOfficer, DemoStateBodies.Energy),
        new("secretary@demo.kenes.kz", "Дәурен Жұмабаев", Roles.Secretary, DemoStateBodies.Energy),
        new("chair@demo.kenes.kz", "Ерлан Оспанов", Roles.Member, null),
        new("member@demo.kenes.kz", "Сәуле Ибраева", Roles.Member, null),
        new("applicant@demo.kenes.kz", "Мұрат Бекенов", Roles.Applicant, null),
        new("officer.health@demo.kenes.kz", "Жанар Өмірзақова", Roles.StateBodyOfficer, DemoStateBodies.Health),
        new("officer.agri@demo.kenes.kz", "Бауыржан Үсенов", Roles.StateBodyOfficer, DemoStateBodies.Agriculture),
        new("secretary.agri@demo.kenes.kz", "Ләззат Нұрпейісова", Roles.Secretary, DemoStateBodies.Agriculture),
    ];
}
