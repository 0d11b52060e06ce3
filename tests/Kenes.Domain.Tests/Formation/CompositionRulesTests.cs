using Kenes.Domain.Formation;
using static Kenes.Domain.Formation.CompositionViolationCodes;
using static Kenes.Domain.Tests.Formation.CompositionDrafts;

namespace Kenes.Domain.Tests.Formation;

public class CompositionRulesTests
{
    [Fact]
    [Trait("Norm", "R5")]
    public void Validate_ReturnsNothing_WhenEveryRuleIsMet() =>
        Assert.Empty(CompositionRules.Validate(Valid()));

    [Theory]
    [Trait("Norm", "R5.1")]
    [Trait("Norm", "R5.2")]
    [Trait("Norm", "R5.3")]
    [Trait("Norm", "R5.4")]
    [InlineData(MemberCategory.StateBody, "R5.1")]
    [InlineData(MemberCategory.NationalChamber, "R5.2")]
    [InlineData(MemberCategory.NationalBody, "R5.3")]
    [InlineData(MemberCategory.Employers, "R5.4")]
    public void Validate_ReportsCategoryMissing_WhenMandatoryCategoryIsEmpty(MemberCategory category, string norm)
    {
        var members = ValidMembers();
        members.RemoveAll(m => m.Category == category); // may take the deputy chair too (M7), hence the filter

        var violations = CompositionRules.Validate(With(members)).Where(v => v.Code == CategoryMissing).ToList();

        var violation = Assert.Single(violations);
        Assert.Equal(norm, violation.Norm.Id);
        Assert.StartsWith(norm + ": ", violation.Message);
        Assert.Null(violation.MemberId);
    }

    [Fact]
    [Trait("Norm", "R5.1")]
    public void Validate_ReportsCategoryMissingOncePerCategoryInTextOrder_WhenDraftIsEmpty()
    {
        var violations = CompositionRules.Validate(new CompositionDraft(11, [], null, null, null));

        Assert.Equal(
            [
                (CategoryMissing, "R5.1"), (CategoryMissing, "R5.2"), (CategoryMissing, "R5.3"), (CategoryMissing, "R5.4"),
                (CategoryUnjustified, "R5.5"), (CategoryUnjustified, "R5.6"),
                (DeputyChairMissing, "M7"), (SecretaryMissing, "M12"),
            ],
            violations.Select(v => (v.Code, v.Norm.Id)));
    }

    [Theory]
    [Trait("Norm", "R5.5")]
    [Trait("Norm", "R5.6")]
    [InlineData(MemberCategory.TradeUnions, "R5.5", null)]
    [InlineData(MemberCategory.TradeUnions, "R5.5", "")]
    [InlineData(MemberCategory.TradeUnions, "R5.5", "  \t ")]
    [InlineData(MemberCategory.EmployerAssociations, "R5.6", null)]
    [InlineData(MemberCategory.EmployerAssociations, "R5.6", "   ")]
    public void Validate_ReportsCategoryUnjustified_WhenOptionalCategoryIsEmptyAndJustificationIsBlank(
        MemberCategory category, string norm, string? justification)
    {
        var members = ValidMembers();
        members.RemoveAll(m => m.Category == category);
        var draft = category == MemberCategory.TradeUnions
            ? With(members, unions: justification)
            : With(members, associations: justification);

        var violation = Assert.Single(CompositionRules.Validate(draft));

        Assert.Equal(CategoryUnjustified, violation.Code);
        Assert.Equal(norm, violation.Norm.Id);
        Assert.StartsWith(norm + ": ", violation.Message);
    }

    [Fact]
    [Trait("Norm", "R5.5")]
    [Trait("Norm", "R5.6")]
    public void Validate_AcceptsEmptyOptionalCategories_WhenJustificationsAreRecorded()
    {
        var members = ValidMembers();
        members.RemoveAll(m => m.Category is MemberCategory.TradeUnions or MemberCategory.EmployerAssociations);

        var violations = CompositionRules.Validate(With(members,
            unions: "Салада салалық кәсіптік одақ жоқ.", associations: "Салалық бірлестік тіркелмеген."));

        Assert.Empty(violations);
    }

    [Theory]
    [Trait("Norm", "R5.7")]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Validate_ReportsEducationOverLimit_OnlyWhenMoreThanTwoEducationMembers(int education, bool violated)
    {
        var members = ValidMembers();
        members.RemoveAll(m => m.Category == MemberCategory.Education);
        for (var i = 0; i < education; i++)
        {
            members.Add(Member($"Оқытушы {i}", MemberCategory.Education));
        }

        var violations = CompositionRules.Validate(With(members, seats: 20));

        if (!violated)
        {
            Assert.Empty(violations);
            return;
        }

        var violation = Assert.Single(violations);
        Assert.Equal(EducationOverLimit, violation.Code);
        Assert.Equal("R5.7", violation.Norm.Id);
        Assert.Equal($"R5.7: at most two representatives of educational organizations ({education} listed).", violation.Message);
    }

    [Theory]
    [Trait("Norm", "M6")]
    [InlineData(9, false)]
    [InlineData(8, false)] // seats equal to members
    [InlineData(7, true)]
    [InlineData(0, true)]
    public void Validate_ReportsOverSeats_OnlyWhenMembersExceedSeats(int seats, bool violated)
    {
        var violations = CompositionRules.Validate(Valid(seats)); // 8 members

        if (!violated)
        {
            Assert.Empty(violations);
            return;
        }

        var violation = Assert.Single(violations);
        Assert.Equal(OverSeats, violation.Code);
        Assert.Equal("M6", violation.Norm.Id);
        Assert.StartsWith("M6: 8 members", violation.Message);
    }

    [Fact]
    [Trait("Norm", "M12")]
    public void Validate_ReportsSecretaryIsMemberWithMemberId_WhenSecretaryIsListed()
    {
        var members = ValidMembers();
        var listed = Member("Хатшы Қызметкер", MemberCategory.StateBody, userId: SecretaryUser);
        members.Add(listed);

        var violation = Assert.Single(CompositionRules.Validate(With(members)));

        Assert.Equal(SecretaryIsMember, violation.Code);
        Assert.Equal("M12", violation.Norm.Id);
        Assert.Equal(listed.Id, violation.MemberId);
    }

    [Fact]
    [Trait("Norm", "M12")]
    public void Validate_ReportsSecretaryMissing_WhenNoSecretaryIsAppointed()
    {
        var violation = Assert.Single(CompositionRules.Validate(Valid() with { SecretaryUserId = null }));

        Assert.Equal(SecretaryMissing, violation.Code);
        Assert.Equal("M12", violation.Norm.Id);
        Assert.StartsWith("M12: ", violation.Message);
    }

    [Fact]
    [Trait("Norm", "M7")]
    public void Validate_ReportsDeputyChairMissing_WhenNoMemberIsDeputy()
    {
        var members = ValidMembers().Select(m => m with { IsDeputyChair = false }).ToList();

        var violation = Assert.Single(CompositionRules.Validate(With(members)));

        Assert.Equal(DeputyChairMissing, violation.Code);
        Assert.Equal("M7", violation.Norm.Id);
    }

    [Fact]
    [Trait("Norm", "M7")]
    public void Validate_ReportsDeputyChairMultipleWithSecondMember_WhenTwoMembersAreDeputies()
    {
        var members = ValidMembers();
        var second = Member("Екінші Орынбасар", MemberCategory.StateBody, deputy: true);
        members.Add(second);

        var violation = Assert.Single(CompositionRules.Validate(With(members)));

        Assert.Equal(DeputyChairMultiple, violation.Code);
        Assert.Equal(second.Id, violation.MemberId);
    }

    [Theory]
    [Trait("Norm", "M7")]
    [InlineData(MemberCategory.Employers)]
    [InlineData(MemberCategory.IndependentExpert)]
    public void Validate_ReportsDeputyChairNotStateBody_WhenDeputyIsInAnotherCategory(MemberCategory category)
    {
        var members = ValidMembers().Select(m => m with { IsDeputyChair = false }).ToList();
        var deputy = Member("Басқа Орынбасар", category, deputy: true);
        members.Add(deputy);

        var violation = Assert.Single(CompositionRules.Validate(With(members)));

        Assert.Equal(DeputyChairNotStateBody, violation.Code);
        Assert.Equal(deputy.Id, violation.MemberId);
    }

    [Theory]
    [Trait("Norm", "R5")]
    [InlineData("Мұхтар Әуезов", "мұхтар   ӘУЕЗОВ ")]
    [InlineData("Мұхтар Әуезов", "\tМұхтар\u00a0Әуезов")]
    public void Validate_ReportsDuplicatePersonOnSecondListing_WhenNamesDifferOnlyInCaseOrSpacing(string first, string second)
    {
        var members = ValidMembers();
        members.RemoveAll(m => m.Category == MemberCategory.Employers);
        members.Add(Member(first, MemberCategory.Employers));
        var duplicate = Member(second, MemberCategory.IndependentExpert);
        members.Add(duplicate);

        var violation = Assert.Single(CompositionRules.Validate(With(members)));

        Assert.Equal(DuplicatePerson, violation.Code);
        Assert.Equal("R5", violation.Norm.Id);
        Assert.Equal(duplicate.Id, violation.MemberId);
    }

    [Fact]
    [Trait("Norm", "R5")]
    public void Validate_TreatsNamesAsDifferent_WhenTheyDifferOnlyInYoAndYe()
    {
        var members = ValidMembers();
        members.Add(Member("Пётр Семёнов", MemberCategory.IndependentExpert));
        members.Add(Member("Петр Семенов", MemberCategory.IndependentExpert));

        Assert.Empty(CompositionRules.Validate(With(members)));
    }

    [Fact]
    [Trait("Norm", "R5")]
    public void Validate_ReportsDuplicatePerson_WhenTheSameAccountIsListedUnderTwoNames()
    {
        var user = Guid.NewGuid();
        var members = ValidMembers();
        members.Add(Member("Асқар Сүлейменов", MemberCategory.IndependentExpert, userId: user));
        var again = Member("А. Сүлейменов", MemberCategory.Employers, userId: user);
        members.Add(again);

        var violation = Assert.Single(CompositionRules.Validate(With(members)));

        Assert.Equal(DuplicatePerson, violation.Code);
        Assert.Equal(again.Id, violation.MemberId);
    }

    [Fact]
    [Trait("Norm", "R5")]
    public void Validate_OrdersViolationsByNormPositionInText_WhenSeveralRulesBreak()
    {
        var members = ValidMembers().Where(m => m.Category != MemberCategory.NationalBody).ToList();
        members.AddRange([
            Member("Оқытушы 1", MemberCategory.Education),
            Member("Оқытушы 2", MemberCategory.Education, userId: SecretaryUser),
            Member("мұхтар әуезов", MemberCategory.IndependentExpert, deputy: true),
        ]);

        var violations = CompositionRules.Validate(With(members, seats: 5));

        Assert.Equal(
            ["R5", "R5.3", "R5.7", "M6", "M7", "M7", "M12"],
            violations.Select(v => v.Norm.Id));
        Assert.Equal(
            [DuplicatePerson, CategoryMissing, EducationOverLimit, OverSeats, DeputyChairMultiple, DeputyChairNotStateBody, SecretaryIsMember],
            violations.Select(v => v.Code));
        Assert.All(violations, v => Assert.StartsWith(v.Norm.Id + ": ", v.Message));
    }
}
