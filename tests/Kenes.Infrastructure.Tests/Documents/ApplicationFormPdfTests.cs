using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Tests.Support;

namespace Kenes.Infrastructure.Tests.Documents;

public sealed class ApplicationFormPdfTests
{
    [Fact]
    public void Render_PrintsOfficialKazakhWordingOfAnnex1_WhenLanguageIsKazakh()
    {
        var data = SampleData.Application(DocumentLanguage.Kk);

        var text = PdfText.Flat(ApplicationFormPdf.Render(data, DocumentLanguage.Kk));

        Assert.Contains("Кәсіптік біліктілік жөніндегі салалық кеңестерді құру қағидаларына 1-қосымша", text);
        Assert.Contains("(мемлекеттік орган атауы)", text);
        Assert.Contains("(тегі, аты, әкесінің аты (бар болса))", text);
        Assert.Contains("Өтініш", text);
        Assert.Contains("Мені", text);
        Assert.Contains("(салалық бағыттың атауы)", text);
        Assert.Contains("салалық кеңестің құрамына", text);
        Assert.Contains("(ұйымның/органның атауы)", text);
        Assert.Contains("өкілі ретінде қосуды сұраймын.", text);
        Assert.Contains("Мен мына құжаттарды қоса беремін (Кәсіптік біліктілік жөніндегі салалық кеңестерді құру қағидаларының 9-тармағына сәйкес):", text);
        Assert.Contains("Қолы", text);
        Assert.Contains("2026 ж. «16» ақпан", text);
    }

    [Fact]
    public void Render_FillsEveryAnnex1FieldExactly_WhenLanguageIsKazakh()
    {
        var data = SampleData.Application(DocumentLanguage.Kk);

        var text = PdfText.Flat(ApplicationFormPdf.Render(data, DocumentLanguage.Kk));

        Assert.Contains("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі", text);
        Assert.Contains("Сәрсенбаева Гүлнұр Қайратқызы", text);
        Assert.Contains("Тау-кен өндіру және металлургия өнеркәсібі", text);
        Assert.Contains("«Өскемен титан-магний комбинаты» акционерлік қоғамы", text);
        Assert.Contains("1. Жазбаша өтініш", text);
        Assert.Contains("2. Еңбек кітапшасының көшірмесі (Еңбек кодексінің 35-бабы), һәм " + SampleData.KazakhLetters, text);
        Assert.Contains("Өтініштің тіркеу нөмірі: KEN-2026-000123", text);
    }

    [Fact]
    public void Render_PrintsIndependentExpertChoiceOnly_WhenApplicantIsIndependentExpert()
    {
        var kk = PdfText.Flat(ApplicationFormPdf.Render(SampleData.Application(DocumentLanguage.Kk, expert: true), DocumentLanguage.Kk));
        var ru = PdfText.Flat(ApplicationFormPdf.Render(SampleData.Application(DocumentLanguage.Ru, expert: true), DocumentLanguage.Ru));

        Assert.Contains("салалық кеңестің құрамына тәуелсіз сарапшы ретінде қосуды сұраймын.", kk);
        Assert.DoesNotContain("өкілі ретінде", kk);
        Assert.DoesNotContain("(ұйымның/органның атауы)", kk);
        Assert.Contains("в качестве независимого эксперта.", ru);
        Assert.DoesNotContain("в качестве представителя", ru);
    }

    [Fact]
    public void Render_PrintsOfficialRussianForm_WhenLanguageIsRussian()
    {
        var data = SampleData.Application(DocumentLanguage.Ru);

        var text = PdfText.Flat(ApplicationFormPdf.Render(data, DocumentLanguage.Ru));

        Assert.Contains("Приложение 1 к Правилам создания отраслевых советов по профессиональным квалификациям", text);
        Assert.Contains("(наименование государственного органа)", text);
        Assert.Contains("от Иванов Пётр", text);
        Assert.Contains("(фамилия, имя, отчество (при его наличии))", text);
        Assert.Contains("Заявление", text);
        Assert.Contains("Прошу включить меня в состав отраслевого совета по Горнодобывающая и металлургическая промышленность", text);
        Assert.Contains("в качестве представителя АО «Усть-Каменогорский титано-магниевый комбинат»", text);
        Assert.Contains("Прилагаю следующие документы (согласно пункту 9 Правил создания отраслевых советов по профессиональным квалификациям):", text);
        Assert.Contains("1. Письменное заявление", text);
        Assert.Contains("«16» февраля 2026 г.", text);
        Assert.Contains("(подпись)", text);
        Assert.Contains("Регистрационный номер заявления: KEN-2026-000124", text);
    }

    [Fact]
    public void Render_OmitsPatronymic_WhenApplicantHasNone()
    {
        var data = SampleData.Application(DocumentLanguage.Ru);

        var text = PdfText.Flat(ApplicationFormPdf.Render(data, DocumentLanguage.Ru));

        Assert.Contains("от Иванов Пётр (фамилия", text);
    }

    [Fact]
    public void Render_WrapsAndContinuesOnSecondPage_WhenAttachmentListIsLong()
    {
        var many = Enumerable.Range(1, 40).Select(i => $"Құжат {i}: еңбек шартының көшірмесі, жұмыс берушінің белгілерімен, өте ұзын сипаттамасы бар").ToList();
        var data = SampleData.Application(DocumentLanguage.Kk) with { AttachedDocuments = many };

        var pdf = ApplicationFormPdf.Render(data, DocumentLanguage.Kk);
        Artifacts.Save("application-form-long-kk.pdf", pdf);
        var pages = PdfText.Pages(pdf);

        Assert.True(pages.Count >= 2, $"expected at least 2 pages, got {pages.Count}");
        Assert.Contains("40. Құжат 40", PdfText.Collapse(string.Join(' ', pages)));
        Assert.Contains("2/" + pages.Count, PdfText.Collapse(pages[1]));
    }
}
