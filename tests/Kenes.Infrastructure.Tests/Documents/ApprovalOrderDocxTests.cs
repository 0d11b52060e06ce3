using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Tests.Support;

namespace Kenes.Infrastructure.Tests.Documents;

public sealed class ApprovalOrderDocxTests
{
    [Fact]
    public void Render_ProducesEditableOrderWithPreambleItemsAndMemberTable_WhenLanguageIsKazakh()
    {
        var data = SampleData.Composition(DocumentLanguage.Kk);

        using var document = Open(ApprovalOrderDocx.Render(data, DocumentLanguage.Kk));
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Contains("БҰЙРЫҚ", paragraphs);
        Assert.Contains("ЖОБА", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("№ 145-ө", StringComparison.Ordinal) && p.Contains("2026 жылғы 10 наурыз", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("2023 жылғы 8 қыркүйектегі № 378", StringComparison.Ordinal) && p.Contains("11-тармағына сәйкес", StringComparison.Ordinal));
        Assert.Contains("1. Қоса беріліп отырған «Тау-кен өндіру және металлургия өнеркәсібі» салалық бағыты бойынша кәсіптік біліктілік жөніндегі салалық кеңестің құрамы бекітілсін.", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("2. ", StringComparison.Ordinal) && p.Contains("интернет-ресурсында", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("3. Осы бұйрықтың орындалуын бақылау", StringComparison.Ordinal));

        var table = Assert.Single(body.Elements<Table>());
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(data.Members.Count + 1, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["2", "Сейітова Зуһра Ұлықбекқызы", "«Атамекен» ҰКП", "Ұлттық кәсіпкерлер палатасы", "Төраға"], Cells(rows[2]));
        Assert.Equal("мүше", Cells(rows[3])[4]);
    }

    [Fact]
    public void Render_ProducesRussianOrder_WhenLanguageIsRussian()
    {
        var data = SampleData.Composition(DocumentLanguage.Ru);

        using var document = Open(ApprovalOrderDocx.Render(data, DocumentLanguage.Ru));
        var text = string.Join('\n', document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));

        Assert.Contains("ПРИКАЗ", text);
        Assert.Contains("10 марта 2026 года\t№ 145-п", string.Join('\n', document.MainDocumentPart.Document.Body.Descendants<Paragraph>().Select(Flatten)));
        Assert.Contains("В соответствии с пунктом 11 Правил создания отраслевых советов по профессиональным квалификациям, утвержденных приказом Министра труда и социальной защиты населения Республики Казахстан от 8 сентября 2023 года № 378, ПРИКАЗЫВАЮ:", text);
        Assert.Contains("1. Утвердить прилагаемый состав отраслевого совета по профессиональным квалификациям по отраслевому направлению «Горнодобывающая и металлургическая промышленность».", text);
        Assert.Contains("2. Разместить настоящий приказ и состав отраслевого совета на интернет-ресурсе государственного органа.", text);
        Assert.Contains("3. Контроль за исполнением настоящего приказа возложить на", text);
        Assert.Contains("Приложение к приказу", text);
        Assert.Contains("Секретарь отраслевого совета: Абенова Галия Усеновна", text);
    }

    [Fact]
    public void Render_PassesOpenXmlSchemaValidation_InBothLanguages()
    {
        foreach (var language in new[] { DocumentLanguage.Kk, DocumentLanguage.Ru })
        {
            using var document = Open(ApprovalOrderDocx.Render(SampleData.Composition(language), language));

            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

            Assert.True(errors.Count == 0, string.Join('\n', errors));
        }
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static string[] Cells(TableRow row) => row.Elements<TableCell>().Select(c => c.InnerText).ToArray();

    // InnerText drops tabs; the date and number sit on one line separated by a right-aligned tab.
    private static string Flatten(Paragraph p) => string.Concat(p.Descendants().Select(e => e switch
    {
        Text t => t.Text,
        TabChar => "\t",
        _ => string.Empty,
    }));
}
