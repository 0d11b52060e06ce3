using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Tests.Support;

namespace Kenes.Infrastructure.Tests.Documents;

public sealed class CompositionPdfTests
{
    [Fact]
    public void Render_PrintsAnnexStampTitleAndMembers_WhenLanguageIsKazakh()
    {
        var text = PdfText.Flat(CompositionPdf.Render(SampleData.Composition(DocumentLanguage.Kk), DocumentLanguage.Kk));

        Assert.Contains("Қазақстан Республикасы Өнеркәсіп және құрылыс министрлігі 2026 жылғы 10 наурыздағы № 145-ө бұйрығына қосымша", text);
        Assert.Contains("«Тау-кен өндіру және металлургия өнеркәсібі» салалық бағыты бойынша кәсіптік біліктілік жөніндегі салалық кеңестің құрамы", text);
        Assert.Contains("Өкілдік санаты (Қағидалардың 5-тармағы)", text);
        Assert.Contains("Сейітова Зуһра", text);
        Assert.Contains("Төрағаның орынбасары", text);
        Assert.Contains("Құрамның өкілеттік мерзімі – үш жыл, 10.03.2029 дейін (Қағидалардың 4-тармағы).", text);
        Assert.Contains("Салалық кеңестің хатшысы: Әбенова Ғалия Үсенқызы (салалық кеңестің мүшесі болып табылмайды).", text);
        foreach (var letter in SampleData.KazakhLetters)
        {
            Assert.Contains(letter, text);
        }
    }

    [Fact]
    public void Render_PrintsRussianAnnexStampAndRoles_WhenLanguageIsRussian()
    {
        var text = PdfText.Flat(CompositionPdf.Render(SampleData.Composition(DocumentLanguage.Ru), DocumentLanguage.Ru));

        Assert.Contains("Приложение к приказу Министерство промышленности и строительства Республики Казахстан от 10 марта 2026 года № 145-п", text);
        Assert.Contains("Состав отраслевого совета по профессиональным квалификациям по отраслевому направлению «Горнодобывающая и металлургическая промышленность»", text);
        // A cell's wrapped lines may interleave with neighbouring cells in extraction order, so check the words.
        Assert.Contains("Заместитель", text);
        Assert.Contains("председателя", text);
        Assert.Contains("член совета", text);
        Assert.Contains("Секретарь отраслевого совета: Абенова Галия Усеновна (не является членом отраслевого совета).", text);
    }

    [Fact]
    public void Render_LeavesLineForNumber_WhenOrderNumberIsBlank()
    {
        var data = SampleData.Composition(DocumentLanguage.Ru) with { OrderNumber = " " };

        var text = PdfText.Flat(CompositionPdf.Render(data, DocumentLanguage.Ru));

        Assert.Contains("от 10 марта 2026 года № ________", text);
    }

    [Fact]
    public void Render_RepeatsHeaderOnEveryPage_WhenCompositionIsLong()
    {
        var data = SampleData.Composition(DocumentLanguage.Kk);
        data = data with
        {
            Members = Enumerable.Range(1, 60).Select(i => data.Members[i % data.Members.Count] with { Number = i, FullName = $"Мүше {i:00} Әлібекұлы" }).ToList(),
        };

        var pages = PdfText.Pages(CompositionPdf.Render(data, DocumentLanguage.Kk)).Select(PdfText.Collapse).ToList();

        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.Contains("Тегі, аты, әкесінің аты", p));
        Assert.Contains("Мүше 60 Әлібекұлы", pages[^1]);
    }
}
