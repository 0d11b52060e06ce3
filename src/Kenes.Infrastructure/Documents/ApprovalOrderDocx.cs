using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kenes.Infrastructure.Documents.Text;
using static Kenes.Infrastructure.Documents.Docx.WordBuilder;

namespace Kenes.Infrastructure.Documents;

/// <summary>
/// A draft of the state body's order approving a composition (R11), as an editable Word document: the officer
/// finishes it (control item, signatory) in the state body's document system, where the order is actually signed.
/// The annex is the same composition table that <see cref="CompositionPdf"/> publishes.
/// </summary>
public static class ApprovalOrderDocx
{
    private static readonly int[] Weights = [5, 22, 28, 27, 18];

    public static byte[] Render(CompositionData data, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var l = language;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main, l);
            var body = new Body();
            Order(body, data, l);
            body.Append(PageBreak());
            Annex(body, data, l);
            body.Append(A4Section());
            main.Document = new Document(body);
            document.PackageProperties.Title = ApprovalOrderText.Subject(l, data.DirectionName);
            document.PackageProperties.Creator = "Kenes";
            document.PackageProperties.Language = l == DocumentLanguage.Kk ? "kk-KZ" : "ru-RU";
        }

        return stream.ToArray();
    }

    private static void Order(Body body, CompositionData data, DocumentLanguage l)
    {
        body.Append(Para(ApprovalOrderText.Draft(l), JustificationValues.Right, bold: true, spaceAfter: 240));
        body.Append(Para(data.StateBodyName, JustificationValues.Center, bold: true, spaceAfter: 240));
        body.Append(Para(ApprovalOrderText.Heading(l), JustificationValues.Center, bold: true, fontHalfPoints: 32, spaceAfter: 240));
        body.Append(LeftRight(DocumentDates.Long(data.OrderDate, l), "№ " + CompositionText.OrderNumber(data), spaceAfter: 360));
        body.Append(Para(ApprovalOrderText.Subject(l, data.DirectionName), JustificationValues.Center, bold: true, spaceAfter: 360));
        body.Append(Para(ApprovalOrderText.Preamble(l), firstLineIndent: 709, spaceAfter: 120));
        foreach (var item in ApprovalOrderText.Items(l, data.DirectionName))
        {
            body.Append(Para(item, firstLineIndent: 709, spaceAfter: 120));
        }

        body.Append(Para(string.Empty, spaceAfter: 480));
        body.Append(LeftRight(ApprovalOrderText.Signatory(l), ApprovalOrderText.SignatureLine(l), bold: true));
    }

    private static void Annex(Body body, CompositionData data, DocumentLanguage l)
    {
        // The stamp sits in the right half of the page, as annexes to Kazakh orders do.
        foreach (var line in CompositionText.AnnexStamp(l, data))
        {
            body.Append(Para(line, JustificationValues.Left, fontHalfPoints: 24, leftIndent: ContentWidth / 2));
        }

        body.Append(Para(string.Empty, spaceAfter: 240));
        body.Append(Para(CompositionText.Title(l, data.DirectionName), JustificationValues.Center, bold: true, spaceAfter: 120));
        body.Append(Para(CompositionText.Term(l, data), JustificationValues.Center, fontHalfPoints: 24, spaceAfter: 240));
        body.Append(Table(CompositionText.Columns(l), data.Members.Select(m => CompositionText.Cells(l, m)), Weights, fontHalfPoints: 24));
        if (CompositionText.Secretary(l, data) is { } secretary)
        {
            body.Append(Para(string.Empty, spaceAfter: 120));
            body.Append(Para(secretary, fontHalfPoints: 24));
        }
    }
}
