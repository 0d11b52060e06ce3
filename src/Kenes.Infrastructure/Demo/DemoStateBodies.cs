using Kenes.Infrastructure.Persistence;

namespace Kenes.Infrastructure.Demo;

/// <summary>Three ministries that are sectoral state bodies (R2.3), each with one council.</summary>
public static class DemoStateBodies
{
    public const string Energy = "MEN";
    public const string Health = "MZ";
    public const string Agriculture = "MSH";

    public static IReadOnlyList<(StateBody Body, Council Council)> Create() =>
    [
        Pair(Energy,
            "Қазақстан Республикасы Энергетика министрлігі", "Министерство энергетики Республики Казахстан",
            "Ministry of Energy of the Republic of Kazakhstan", "kense@energo.gov.kz",
            "010000, Астана қ., Қабанбай батыр даңғылы, 19",
            "Электр энергетикасы", "Электроэнергетика", "Electric power industry", 15),
        Pair(Health,
            "Қазақстан Республикасы Денсаулық сақтау министрлігі", "Министерство здравоохранения Республики Казахстан",
            "Ministry of Health of the Republic of Kazakhstan", "kense@dsm.gov.kz",
            "010000, Астана қ., Мәңгілік Ел даңғылы, 8",
            "Денсаулық сақтау", "Здравоохранение", "Healthcare", 13),
        Pair(Agriculture,
            "Қазақстан Республикасы Ауыл шаруашылығы министрлігі", "Министерство сельского хозяйства Республики Казахстан",
            "Ministry of Agriculture of the Republic of Kazakhstan", "kense@moa.gov.kz",
            "010000, Астана қ., Кенесары көшесі, 36",
            "Агроөнеркәсіптік кешен", "Агропромышленный комплекс", "Agro-industrial complex", 11),
    ];

    private static (StateBody, Council) Pair(
        string code, string kk, string ru, string en, string email, string address,
        string directionKk, string directionRu, string directionEn, int seats)
    {
        var body = new StateBody
        {
            Id = Guid.NewGuid(),
            Code = code,
            NameKk = kk,
            NameRu = ru,
            NameEn = en,
            Email = email,
            PostalAddress = address,
        };
        var council = new Council
        {
            Id = Guid.NewGuid(),
            StateBodyId = body.Id,
            DirectionKk = directionKk,
            DirectionRu = directionRu,
            DirectionEn = directionEn,
            Seats = seats,
            Status = CouncilStatus.Forming,
            Version = Guid.NewGuid(),
        };
        return (body, council);
    }
}
