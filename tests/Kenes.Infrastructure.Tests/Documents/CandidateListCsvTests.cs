using System.Text;
using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Tests.Support;

namespace Kenes.Infrastructure.Tests.Documents;

public sealed class CandidateListCsvTests
{
    [Fact]
    public void Render_StartsWithUtf8BomAndUsesSemicolons_WhenLanguageIsKazakh()
    {
        var bytes = CandidateListCsv.Render(SampleData.Candidates(DocumentLanguage.Kk, 3), DocumentLanguage.Kk);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("№;Тегі, аты, әкесінің аты;Ұйым (орган);Тіркеу нөмірі;Тапсыру тәсілі;Түскен күні;Мерзімі;Шешім;Негіздеме", lines[0]);
        Assert.Equal("1;Өмірзақов Ұлан Шаһизадаұлы 1;ТОО «Қазмырыш»;KEN-2026-000001;online;16.02.2026;мерзімінде;тізімге енгізілді;", lines[1]);
    }

    [Fact]
    public void Render_QuotesAndDoublesQuotes_WhenCellHoldsSeparatorQuoteOrNewline()
    {
        var data = SampleData.Candidates(DocumentLanguage.Ru, 1);
        data = data with { Rows = [data.Rows[0] with { Organization = "ТОО \"Альфа; Бета\"", Reason = "строка 1\nстрока 2" }] };

        var text = Encoding.UTF8.GetString(CandidateListCsv.Render(data, DocumentLanguage.Ru)[3..]);

        Assert.Contains(";\"ТОО \"\"Альфа; Бета\"\"\";", text);
        Assert.Contains(";\"строка 1\nстрока 2\"\r\n", text);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+7 701 000 00 00", "'+7 701 000 00 00")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("Иванов", "Иванов")]
    public void Render_PrefixesApostrophe_WhenCellStartsLikeAFormula(string name, string expectedCell)
    {
        var data = SampleData.Candidates(DocumentLanguage.Ru, 1);
        data = data with { Rows = [data.Rows[0] with { FullName = name }] };

        var text = Encoding.UTF8.GetString(CandidateListCsv.Render(data, DocumentLanguage.Ru)[3..]);
        var row = text.Split("\r\n")[1];

        Assert.StartsWith("1;" + expectedCell + ";", row);
    }
}
