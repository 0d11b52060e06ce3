using Kenes.Domain.Law;

namespace Kenes.Domain.Formation;

/// <summary>
/// R5: the groups whose representatives make up a council's composition, plus R4's independent
/// experts. The numeric values are the subparagraph numbers of R5 (stored and shown as such).
/// </summary>
public enum MemberCategory
{
    /// <summary>R5.1: the state body.</summary>
    StateBody = 1,

    /// <summary>R5.2: the National Chamber of Entrepreneurs of the Republic of Kazakhstan.</summary>
    NationalChamber = 2,

    /// <summary>R5.3: the National body on professional qualifications.</summary>
    NationalBody = 3,

    /// <summary>R5.4: employers.</summary>
    Employers = 4,

    /// <summary>R5.5: sectoral trade unions (if any).</summary>
    TradeUnions = 5,

    /// <summary>R5.6: sectoral associations (unions) of employers or, where there are none, sectoral organizations (if any).</summary>
    EmployerAssociations = 6,

    /// <summary>R5.7: educational organizations — no more than two representatives.</summary>
    Education = 7,

    /// <summary>R4: an independent expert of the state body in the relevant sphere.</summary>
    IndependentExpert = 8,
}

public static class MemberCategoryNorms
{
    /// <summary>The paragraph that creates the category: R5.1–R5.7, or R4 for independent experts.</summary>
    public static Norm NormOf(this MemberCategory category) =>
        Norms.Get(category == MemberCategory.IndependentExpert ? "R4" : $"R5.{(int)category}");
}
