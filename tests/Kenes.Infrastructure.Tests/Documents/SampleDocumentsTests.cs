using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Tests.Support;

namespace Kenes.Infrastructure.Tests.Documents;

/// <summary>
/// Writes one sample of every generated document to artifacts/documents so a person can open and print them;
/// the assertions only guard that each is a real PDF or DOCX.
/// </summary>
public sealed class SampleDocumentsTests
{
    [Theory]
    [InlineData(DocumentLanguage.Kk)]
    [InlineData(DocumentLanguage.Ru)]
    public void Render_WritesPrintableSamples_ForEveryDocument(DocumentLanguage language)
    {
        var suffix = language.ToString().ToLowerInvariant();
        var pdfs = new Dictionary<string, byte[]>
        {
            [$"application-form-{suffix}.pdf"] = ApplicationFormPdf.Render(SampleData.Application(language), language),
            [$"candidate-list-{suffix}.pdf"] = CandidateListPdf.Render(SampleData.Candidates(language, 120), language),
            [$"composition-{suffix}.pdf"] = CompositionPdf.Render(SampleData.Composition(language), language),
        };

        foreach (var (name, bytes) in pdfs)
        {
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
            Artifacts.Save(name, bytes);
        }

        var docx = ApprovalOrderDocx.Render(SampleData.Composition(language), language);
        Assert.Equal((byte)'P', docx[0]);
        Artifacts.Save($"approval-order-{suffix}.docx", docx);
        Artifacts.Save($"candidate-list-{suffix}.csv", CandidateListCsv.Render(SampleData.Candidates(language, 12), language));
    }
}
