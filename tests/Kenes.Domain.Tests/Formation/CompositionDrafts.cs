using Kenes.Domain.Formation;

namespace Kenes.Domain.Tests.Formation;

/// <summary>A composition that passes every rule, for tests to break one rule at a time.</summary>
internal static class CompositionDrafts
{
    public static readonly Guid SecretaryUser = Guid.Parse("00000000-0000-0000-0000-00000000c0de");

    public static ProposedMember Member(string name, MemberCategory category, bool deputy = false, Guid? userId = null) =>
        new(Guid.NewGuid(), name, category, deputy, userId);

    public static List<ProposedMember> ValidMembers() =>
    [
        Member("Әлихан Бөкейханов", MemberCategory.StateBody, deputy: true, userId: Guid.NewGuid()),
        Member("Ахмет Байтұрсынұлы", MemberCategory.NationalChamber),
        Member("Міржақып Дулатұлы", MemberCategory.NationalBody),
        Member("Мұхтар Әуезов", MemberCategory.Employers),
        Member("Сәкен Сейфуллин", MemberCategory.TradeUnions),
        Member("Ілияс Жансүгіров", MemberCategory.EmployerAssociations),
        Member("Бейімбет Майлин", MemberCategory.Education),
        Member("Мағжан Жұмабаев", MemberCategory.IndependentExpert),
    ];

    public static CompositionDraft Valid(int seats = 11) =>
        new(seats, ValidMembers(), null, null, SecretaryUser);

    public static CompositionDraft With(List<ProposedMember> members, int seats = 11, string? unions = null, string? associations = null) =>
        new(seats, members, unions, associations, SecretaryUser);
}
