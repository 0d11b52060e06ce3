using Kenes.Infrastructure.Documents;
using NodaTime;

namespace Kenes.Infrastructure.Tests.Support;

/// <summary>Realistic inputs in both languages; Kazakh ones deliberately carry every Kazakh-specific letter.</summary>
internal static class SampleData
{
    public const string KazakhLetters = "әғқңөұүһі";

    public static ApplicationFormData Application(DocumentLanguage language, bool expert = false) => language == DocumentLanguage.Kk
        ? new ApplicationFormData(
            "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
            "Сәрсенбаева", "Гүлнұр", "Қайратқызы",
            "Тау-кен өндіру және металлургия өнеркәсібі",
            expert ? null : "«Өскемен титан-магний комбинаты» акционерлік қоғамы",
            expert,
            ["Жазбаша өтініш", "Еңбек кітапшасының көшірмесі (Еңбек кодексінің 35-бабы), һәм әғқңөұүһі"],
            new LocalDate(2026, 2, 16),
            "KEN-2026-000123")
        : new ApplicationFormData(
            "Министерство труда и социальной защиты населения Республики Казахстан",
            "Иванов", "Пётр", null,
            "Горнодобывающая и металлургическая промышленность",
            expert ? null : "АО «Усть-Каменогорский титано-магниевый комбинат»",
            expert,
            ["Письменное заявление", "Копия трудовой книжки (статья 35 Трудового кодекса)"],
            new LocalDate(2026, 2, 16),
            "KEN-2026-000124");

    public static CandidateListData Candidates(DocumentLanguage language, int rows) => new(
        language == DocumentLanguage.Kk ? "Қазақстан Республикасы Өнеркәсіп және құрылыс министрлігі" : "Министерство промышленности и строительства Республики Казахстан",
        language == DocumentLanguage.Kk ? "Тау-кен өндіру және металлургия өнеркәсібі" : "Горнодобывающая и металлургическая промышленность",
        new LocalDate(2026, 2, 20),
        new LocalDate(2026, 2, 27),
        new LocalDate(2026, 2, 27),
        Enumerable.Range(1, rows).Select(i => new CandidateRow(
            i,
            language == DocumentLanguage.Kk ? $"Өмірзақов Ұлан Шаһизадаұлы {i}" : $"Петрова Анна Сергеевна {i}",
            i % 7 == 0
                ? "Өте ұзын атауы бар ұйым: Қазақстан Республикасы тау-кен өнеркәсібі кәсіпорындарының қауымдастығы (заңды тұлғалар бірлестігі)"
                : "ТОО «Қазмырыш»",
            $"KEN-2026-{i:000000}",
            i % 3 == 0 ? "e-mail" : "online",
            new LocalDate(2026, 2, 16),
            Late: i % 10 == 0,
            Admitted: i % 4 != 0,
            Reason: i % 4 == 0 ? (language == DocumentLanguage.Kk ? "Жұмыс тәжірибесін растайтын құжат жоқ (9-тармақтың 2) тармақшасы)" : "Нет документа о стаже работы (подпункт 2) пункта 9)") : null)).ToList());

    public static CompositionData Composition(DocumentLanguage language) => language == DocumentLanguage.Kk
        ? new CompositionData(
            "Қазақстан Республикасы Өнеркәсіп және құрылыс министрлігі",
            "Тау-кен өндіру және металлургия өнеркәсібі",
            "145-ө",
            new LocalDate(2026, 3, 10),
            new LocalDate(2029, 3, 10),
            "Әбенова Ғалия Үсенқызы",
            [
                new CompositionMember(1, "Нұрланов Қанат Өмірұлы", "Өнеркәсіп және құрылыс министрлігі, вице-министр", "Мемлекеттік орган", "Төрағаның орынбасары"),
                new CompositionMember(2, "Сейітова Зуһра Ұлықбекқызы", "«Атамекен» ҰКП", "Ұлттық кәсіпкерлер палатасы", "Төраға"),
                new CompositionMember(3, "Ғабитов Ілияс", "«Кәсіптік біліктілік жөніндегі ұлттық орган»", "Кәсіптік біліктілік жөніндегі ұлттық орган", null),
                new CompositionMember(4, "Үмбетов Дәурен", "«Қазмырыш» ЖШС", "Жұмыс берушілер", null),
                new CompositionMember(5, "Әлиев Серік", "Тәуелсіз сарапшы", "Тәуелсіз сарапшы", null),
            ])
        : new CompositionData(
            "Министерство промышленности и строительства Республики Казахстан",
            "Горнодобывающая и металлургическая промышленность",
            "145-п",
            new LocalDate(2026, 3, 10),
            new LocalDate(2029, 3, 10),
            "Абенова Галия Усеновна",
            [
                new CompositionMember(1, "Нурланов Канат Омирович", "Министерство промышленности и строительства, вице-министр", "Государственный орган", "Заместитель председателя"),
                new CompositionMember(2, "Сеитова Халима Улыкбековна", "НПП «Атамекен»", "Национальная палата предпринимателей", "Председатель"),
                new CompositionMember(3, "Габитов Ильяс", "Национальный орган по профессиональным квалификациям", "Национальный орган по профессиональным квалификациям", null),
                new CompositionMember(4, "Умбетов Даурен", "ТОО «Казцинк»", "Работодатели", null),
                new CompositionMember(5, "Алиев Серик", "Независимый эксперт", "Независимый эксперт", null),
            ]);
}
