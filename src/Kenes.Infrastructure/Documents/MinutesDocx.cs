using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Kenes.Infrastructure.Documents.Docx.WordBuilder;

namespace Kenes.Infrastructure.Documents;

/// <summary>The draft minutes as an editable Word document: the same content as <see cref="MinutesPdf"/>.</summary>
public static class MinutesDocx
{
    private static readonly int[] AttendanceWeights = [6, 34, 40, 20];
    private static readonly int[] VoteWeights = [6, 64, 30];

    public static byte[] Render(MinutesData data, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var l = language;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main, l);
            var body = new Body();
            body.Append(Para(MinutesText.StateBody(l, data), JustificationValues.Center, bold: true, spaceAfter: 120));
            body.Append(Para(MinutesText.Title(l, data), JustificationValues.Center, bold: true, fontHalfPoints: 28));
            body.Append(Para(MinutesText.Council(l, data), JustificationValues.Center, bold: true, spaceAfter: 240));
            body.Append(Para(MinutesText.When(l, data)));
            body.Append(Para(MinutesText.Where(l, data)));
            body.Append(Para(MinutesText.Presiding(l, data)));
            if (MinutesText.Deviation(l, data) is { } deviation)
            {
                body.Append(Para(deviation));
            }

            body.Append(Para(MinutesText.Secretary(l, data), spaceAfter: 240));
            body.Append(Para(MinutesText.AttendanceHeading(l), bold: true, spaceAfter: 120));
            body.Append(Table(MinutesText.AttendanceColumns(l), MinutesText.AttendanceRows(l, data), AttendanceWeights, fontHalfPoints: 22));
            body.Append(Para(MinutesText.Quorum(l, data), spaceAfter: 240));
            body.Append(Para(MinutesText.AgendaHeading(l), bold: true, spaceAfter: 120));
            foreach (var item in data.Items)
            {
                body.Append(Para(MinutesText.ItemHeading(l, item), bold: true, spaceAfter: 60));
                body.Append(Para(MinutesText.Subject(l, item.Subject), fontHalfPoints: 22));
                if (!string.IsNullOrWhiteSpace(item.Description))
                {
                    body.Append(Para(item.Description, fontHalfPoints: 22));
                }

                if (item.Votes.Count > 0)
                {
                    body.Append(Table(MinutesText.VoteColumns(l), MinutesText.VoteRows(l, item), VoteWeights, fontHalfPoints: 22));
                    body.Append(Para(MinutesText.Tally(l, item), fontHalfPoints: 22));
                }

                body.Append(Para(MinutesText.Outcome(l, item), bold: true, fontHalfPoints: 22));
                if (MinutesText.Decision(l, item) is { } decision)
                {
                    body.Append(Para(decision, fontHalfPoints: 22));
                }

                body.Append(Para(string.Empty, spaceAfter: 120));
            }

            body.Append(Para(string.Empty, spaceAfter: 360));
            body.Append(Para(MinutesText.SignatureLine(l, data), spaceAfter: 240));
            body.Append(Para(MinutesText.SecretarySignature(l, data)));
            body.Append(A4Section());
            main.Document = new Document(body);
            document.PackageProperties.Title = MinutesText.Title(l, data);
            document.PackageProperties.Creator = "Kenes";
            document.PackageProperties.Language = l == DocumentLanguage.Kk ? "kk-KZ" : "ru-RU";
        }

        return stream.ToArray();
    }
}
