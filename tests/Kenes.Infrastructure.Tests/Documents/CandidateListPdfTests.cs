using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Tests.Support;

namespace Kenes.Infrastructure.Tests.Documents;

public sealed class CandidateListPdfTests
{
    [Theory]
    [InlineData(DocumentLanguage.Kk, "Салалық кеңестің құрамына кандидаттардың тізімі", "Тегі, аты, әкесінің аты", "Құжаттарды қарау мерзімі (Қағидалардың 10-тармағы): 27.02.2026")]
    [InlineData(DocumentLanguage.Ru, "Список кандидатов в состав отраслевого совета", "Фамилия, имя, отчество", "Срок рассмотрения документов (пункт 10 Правил): 27.02.2026")]
    public void Render_PrintsTitleHeaderAndDeadlines_InEachLanguage(DocumentLanguage language, string title, string header, string deadline)
    {
        var text = PdfText.Flat(CandidateListPdf.Render(SampleData.Candidates(language, 8), language));

        Assert.Contains(title, text);
        Assert.Contains(header, text);
        Assert.Contains(deadline, text);
    }

    [Fact]
    public void Render_ListsAdmittedAndRejectedWithReasons_WhenLanguageIsKazakh()
    {
        var text = PdfText.Flat(CandidateListPdf.Render(SampleData.Candidates(DocumentLanguage.Kk, 8), DocumentLanguage.Kk));

        Assert.Contains("Өмірзақов Ұлан Шаһизадаұлы 1", text);
        Assert.Contains("тізімге енгізілді", text);
        Assert.Contains("қабылданбады", text);
        Assert.Contains("Жұмыс тәжірибесін растайтын құжат жоқ", text);
        Assert.Contains("Барлық өтініштер: 8; жіберілгені: 6; қабылданбағаны: 2; мерзімінен кеш түскені: 0.", text);
        foreach (var letter in SampleData.KazakhLetters)
        {
            Assert.Contains(letter, text);
        }
    }

    [Theory]
    [InlineData(DocumentLanguage.Kk, "Тегі, аты, әкесінің аты", "-бет, барлығы")]
    [InlineData(DocumentLanguage.Ru, "Фамилия, имя, отчество", "Страница ")]
    public void Render_RepeatsTableHeaderAndNumbersEveryPage_WhenListSpansManyPages(DocumentLanguage language, string header, string pageLabel)
    {
        var pdf = CandidateListPdf.Render(SampleData.Candidates(language, 120), language);

        var pages = PdfText.Pages(pdf).Select(PdfText.Collapse).ToList();

        Assert.True(pages.Count >= 3, $"120 rows should need several pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains(header, pages[i]);
            Assert.Contains(pageLabel, pages[i]);
            Assert.Contains(language == DocumentLanguage.Kk ? $"{i + 1}-бет, барлығы {pages.Count}" : $"Страница {i + 1} из {pages.Count}", pages[i]);
        }

        // Every row made it: the last number and receipt are on the last page, and no receipt is printed twice.
        var all = string.Join(' ', pages);
        Assert.Contains("KEN-2026-000120", pages[^1]);
        for (var n = 1; n <= 120; n++)
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(all, $"KEN-2026-{n:000000}"));
        }
    }

    [Fact]
    public void Render_SplitsRowAcrossPages_WhenOneReasonIsLongerThanAPage()
    {
        var reason = string.Join(' ', Enumerable.Repeat("Өтініш берушінің құжаттары Қағидалардың 9-тармағына сәйкес келмейді;", 120)) + " СОҢЫ";
        var data = SampleData.Candidates(DocumentLanguage.Kk, 2);
        data = data with { Rows = [data.Rows[0] with { Admitted = false, Reason = reason }, data.Rows[1]] };

        var pages = PdfText.Pages(CandidateListPdf.Render(data, DocumentLanguage.Kk)).Select(PdfText.Collapse).ToList();

        Assert.True(pages.Count >= 2);
        Assert.Contains("СОҢЫ", string.Join(' ', pages));
        Assert.All(pages, p => Assert.Contains("Негіздеме", p));
    }
}
