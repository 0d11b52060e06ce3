using System.Text;
using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Storage;
using Kenes.Infrastructure.Tests.Support;

namespace Kenes.Infrastructure.Tests.Storage;

public sealed class FileInspectorTests
{
    private const long Limit = 10 * 1024 * 1024;

    [Fact]
    public void Inspect_AcceptsPdf_WhenPdfIsPlain()
    {
        Assert.Equal(FileCheck.Accepted(DocumentFileType.Pdf), FileInspector.Inspect(SampleFiles.Pdf(), "трудовая книжка.pdf", Limit));
    }

    [Theory]
    [InlineData(DocumentLanguage.Kk)]
    [InlineData(DocumentLanguage.Ru)]
    public void Inspect_AcceptsPdf_WhenPdfHasCompressedStreamsAndEmbeddedFonts(DocumentLanguage language)
    {
        // Our own PDFs: binary font and content streams must not trip the active-content scan.
        var pdf = CandidateListPdf.Render(SampleData.Candidates(language, 120), language);

        Assert.Equal(FileCheck.Accepted(DocumentFileType.Pdf), FileInspector.Inspect(pdf, "list.PDF", Limit));
    }

    [Theory]
    [InlineData("jpeg", "скан.jpg", DocumentFileType.Jpeg)]
    [InlineData("jpeg", "скан.JPEG", DocumentFileType.Jpeg)]
    [InlineData("png", "скан.png", DocumentFileType.Png)]
    public void Inspect_AcceptsImage_WhenContentAndExtensionAgree(string format, string name, DocumentFileType expected)
    {
        Assert.Equal(FileCheck.Accepted(expected), FileInspector.Inspect(SampleFiles.Image(format), name, Limit));
    }

    [Fact]
    public void Inspect_AcceptsDocx_WhenWordDocumentIsClean()
    {
        Assert.Equal(FileCheck.Accepted(DocumentFileType.Docx), FileInspector.Inspect(SampleFiles.Docx(), "шарт.docx", Limit));
    }

    [Fact]
    public void Inspect_ReturnsEmpty_WhenFileHasNoBytes()
    {
        Assert.Equal(FileCheck.Rejected("file.empty"), FileInspector.Inspect(Array.Empty<byte>(), "a.pdf", Limit));
    }

    [Fact]
    public void Inspect_ReturnsTooLarge_WhenFileExceedsLimitByOneByte()
    {
        var pdf = SampleFiles.Pdf();

        Assert.True(FileInspector.Inspect(pdf, "a.pdf", pdf.Length).Ok);
        Assert.Equal(FileCheck.Rejected("file.too_large"), FileInspector.Inspect(pdf, "a.pdf", pdf.Length - 1));
    }

    [Fact]
    public void Inspect_ReturnsTooLargeWithoutReadingEverything_WhenNonSeekableStreamIsHuge()
    {
        using var endless = new EndlessStream();

        var check = FileInspector.Inspect(endless, "a.pdf", 1024 * 1024);

        Assert.Equal(FileCheck.Rejected("file.too_large"), check);
        Assert.True(endless.BytesRead < 2 * 1024 * 1024, $"read {endless.BytesRead} bytes");
    }

    [Fact]
    public async Task InspectAsync_MatchesSpanInspection_WhenGivenAStream()
    {
        using var stream = new MemoryStream(SampleFiles.Pdf("/OpenAction << /S /JavaScript /JS (x) >>"));

        Assert.Equal(FileCheck.Rejected("file.pdf_active_content"), await FileInspector.InspectAsync(stream, "a.pdf", Limit));
    }

    [Fact]
    public void Inspect_ReturnsTypeNotAllowed_WhenExecutableKeepsItsName()
    {
        Assert.Equal(FileCheck.Rejected("file.type_not_allowed"), FileInspector.Inspect(SampleFiles.WindowsExecutable(), "setup.exe", Limit));
        Assert.Equal(FileCheck.Rejected("file.type_not_allowed"), FileInspector.Inspect("just text"u8.ToArray(), "notes.txt", Limit));
    }

    [Fact]
    public void Inspect_ReturnsTypeNotAllowed_WhenZipIsNotAWordDocument()
    {
        var zip = SampleFiles.Zip(("readme.txt", "hello"u8.ToArray()));

        Assert.Equal(FileCheck.Rejected("file.type_not_allowed"), FileInspector.Inspect(zip, "archive.zip", Limit));
    }

    [Theory]
    [InlineData("exe", "диплом.pdf")]
    [InlineData("html", "диплом.pdf")]
    [InlineData("html", "photo.png")]
    public void Inspect_ReturnsExtensionMismatch_WhenForeignContentIsRenamedToAllowedType(string kind, string name)
    {
        var content = kind == "exe" ? SampleFiles.WindowsExecutable() : SampleFiles.Html();

        Assert.Equal(FileCheck.Rejected("file.extension_mismatch"), FileInspector.Inspect(content, name, Limit));
    }

    [Theory]
    [InlineData("scan.png")]
    [InlineData("scan.docx")]
    [InlineData("scan")]
    [InlineData("scan.pdf.exe")]
    public void Inspect_ReturnsExtensionMismatch_WhenPdfContentHasAnotherName(string name)
    {
        Assert.Equal(FileCheck.Rejected("file.extension_mismatch"), FileInspector.Inspect(SampleFiles.Pdf(), name, Limit));
    }

    [Fact]
    public void Inspect_ReturnsExtensionMismatch_WhenWordDocumentIsNamedPdf()
    {
        Assert.Equal(FileCheck.Rejected("file.extension_mismatch"), FileInspector.Inspect(SampleFiles.Docx(), "order.pdf", Limit));
    }

    [Theory]
    [InlineData("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>")]
    [InlineData("/OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>")]
    [InlineData("/OpenAction << /S /Launch /F (cmd.exe) >>")]
    [InlineData("/Names << /EmbeddedFiles << /Names [(a.exe) 4 0 R] >> >>")]
    [InlineData("/AA << /O << /JS (this.print\\(\\)) >> >>")]
    public void Inspect_ReturnsPdfActiveContent_WhenCatalogCarriesActiveName(string catalogExtra)
    {
        Assert.Equal(FileCheck.Rejected("file.pdf_active_content"), FileInspector.Inspect(SampleFiles.Pdf(catalogExtra), "a.pdf", Limit));
    }

    [Fact]
    public void Inspect_ReturnsPdfActiveContent_WhenEmbeddedFileIsAnObject()
    {
        var pdf = SampleFiles.Pdf("", "<< /Type /EmbeddedFile /Length 0 >>\nstream\n\nendstream");

        Assert.Equal(FileCheck.Rejected("file.pdf_active_content"), FileInspector.Inspect(pdf, "a.pdf", Limit));
    }

    [Fact]
    public void Inspect_ReturnsPdfActiveContent_WhenScriptHidesInCompressedObjectStream()
    {
        var pdf = SampleFiles.PdfWithScriptInObjectStream();
        Assert.DoesNotContain("JavaScript", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);

        Assert.Equal(FileCheck.Rejected("file.pdf_active_content"), FileInspector.Inspect(pdf, "a.pdf", Limit));
    }

    [Fact]
    public void Inspect_AcceptsPdf_WhenSimilarNamesAreNotActive()
    {
        // /JSON-like or /JBIG2Decode names and the word "JavaScript" inside a text string are harmless.
        var pdf = SampleFiles.Pdf("/Metadata << /JSX 1 /JBIG2Decode 2 /Title (about JavaScript) >>");

        Assert.Equal(FileCheck.Accepted(DocumentFileType.Pdf), FileInspector.Inspect(pdf, "a.pdf", Limit));
    }

    [Fact]
    public void Inspect_ReturnsDocxInvalid_WhenZipNamedDocxLacksWordParts()
    {
        var zip = SampleFiles.Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("xl/workbook.xml", "<workbook/>"u8.ToArray()));

        Assert.Equal(FileCheck.Rejected("file.docx_invalid"), FileInspector.Inspect(zip, "report.docx", Limit));
    }

    [Fact]
    public void Inspect_ReturnsDocxInvalid_WhenZipIsTruncated()
    {
        var docx = SampleFiles.Docx();

        Assert.Equal(FileCheck.Rejected("file.docx_invalid"), FileInspector.Inspect(docx[..(docx.Length / 2)], "report.docx", Limit));
    }

    [Fact]
    public void Inspect_ReturnsDocxBomb_WhenUncompressedSizeExceeds50Megabytes()
    {
        var docx = SampleFiles.DocxWith(("word/media/padding.bin", new byte[60 * 1024 * 1024]));
        Assert.True(docx.Length < 1024 * 1024, $"the bomb itself is small: {docx.Length} bytes");

        Assert.Equal(FileCheck.Rejected("file.docx_bomb"), FileInspector.Inspect(docx, "cv.docx", Limit));
    }

    [Fact]
    public void Inspect_ReturnsDocxBomb_WhenCompressionRatioExceeds100()
    {
        // 5 MB of zeros: far below the 50 MB total, but it shrinks about 1000:1.
        var docx = SampleFiles.DocxWith(("word/media/zeros.bin", new byte[5 * 1024 * 1024]));

        Assert.Equal(FileCheck.Rejected("file.docx_bomb"), FileInspector.Inspect(docx, "cv.docx", Limit));
    }

    [Fact]
    public void Inspect_ReturnsDocxBomb_WhenPackageHasMoreThan1000Entries()
    {
        var entries = Enumerable.Range(0, 1001).Select(i => ($"word/media/p{i}.xml", "<x/>"u8.ToArray())).ToArray();

        Assert.Equal(FileCheck.Rejected("file.docx_bomb"), FileInspector.Inspect(SampleFiles.DocxWith(entries), "cv.docx", Limit));
    }

    [Fact]
    public void Inspect_ReturnsDocxMacro_WhenPackageCarriesVbaProject()
    {
        var docx = SampleFiles.DocxWith(("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));

        Assert.Equal(FileCheck.Rejected("file.docx_macro"), FileInspector.Inspect(docx, "cv.docx", Limit));
    }

    /// <summary>A never-ending, non-seekable upload.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'%');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    // Issue #7: a hostile name is refused even when the content is a valid PDF.
    [Theory]
    [Trait("Issue", "7")]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("..\\..\\win.ini.pdf")]
    [InlineData("C:\\boot.pdf")]
    [InlineData("scan\u202Efdp.pdf")]
    [InlineData("scan\u0000.pdf")]
    [InlineData("")]
    public void Inspect_RefusesTheName_WhenItCarriesAPathOrHiddenCharacters(string name)
    {
        Assert.Equal(FileCheck.Rejected("file.name_not_allowed"), FileInspector.Inspect(SampleFiles.Pdf(), name, Limit));
    }

    [Fact]
    public void Inspect_AcceptsAKazakhNameWithSpacesAndDots()
    {
        Assert.True(FileInspector.Inspect(SampleFiles.Pdf(), "Еңбек кітапшасы v1.2 (көшірме).pdf", Limit).Ok);
    }
}
