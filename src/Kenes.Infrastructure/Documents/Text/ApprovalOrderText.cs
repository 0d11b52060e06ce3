using static Kenes.Infrastructure.Documents.Text.Wording;

namespace Kenes.Infrastructure.Documents.Text;

/// <summary>
/// The wording of the state body's order approving a composition (R11). The preamble cites the legal basis the way
/// Kazakh orders do: the paragraph, the Rules, and the approving order with its date and number.
/// </summary>
internal static class ApprovalOrderText
{
    public static string Draft(DocumentLanguage l) => Pick(l, "ЖОБА", "ПРОЕКТ");

    public static string Heading(DocumentLanguage l) => Pick(l, "БҰЙРЫҚ", "ПРИКАЗ");

    public static string Subject(DocumentLanguage l, string direction) => Pick(l,
        $"«{direction}» салалық бағыты бойынша кәсіптік біліктілік жөніндегі салалық кеңестің құрамын бекіту туралы",
        $"Об утверждении состава отраслевого совета по профессиональным квалификациям по отраслевому направлению «{direction}»");

    public static string Preamble(DocumentLanguage l) => Pick(l,
        "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 8 қыркүйектегі № 378 " +
        "бұйрығымен бекітілген Кәсіптік біліктілік жөніндегі салалық кеңестерді құру қағидаларының 11-тармағына сәйкес " +
        "БҰЙЫРАМЫН:",
        "В соответствии с пунктом 11 Правил создания отраслевых советов по профессиональным квалификациям, " +
        "утвержденных приказом Министра труда и социальной защиты населения Республики Казахстан от 8 сентября " +
        "2023 года № 378, ПРИКАЗЫВАЮ:");

    public static IReadOnlyList<string> Items(DocumentLanguage l, string direction) => l == DocumentLanguage.Kk
        ?
        [
            $"1. Қоса беріліп отырған «{direction}» салалық бағыты бойынша кәсіптік біліктілік жөніндегі салалық кеңестің құрамы бекітілсін.",
            "2. Осы бұйрық пен салалық кеңестің құрамы мемлекеттік органның интернет-ресурсында орналастырылсын.",
            "3. Осы бұйрықтың орындалуын бақылау ____________________ жүктелсін.",
            "4. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.",
        ]
        :
        [
            $"1. Утвердить прилагаемый состав отраслевого совета по профессиональным квалификациям по отраслевому направлению «{direction}».",
            "2. Разместить настоящий приказ и состав отраслевого совета на интернет-ресурсе государственного органа.",
            "3. Контроль за исполнением настоящего приказа возложить на ____________________.",
            "4. Настоящий приказ вступает в силу со дня его подписания.",
        ];

    public static string Signatory(DocumentLanguage l) => Pick(l, "Басшы", "Руководитель");

    public static string SignatureLine(DocumentLanguage l) => Pick(l, "____________________ (Т.А.Ә.)", "____________________ (Ф.И.О.)");
}
