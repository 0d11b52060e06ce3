using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Kenes.Infrastructure.Documents.Pdf;

/// <summary>The fonts every generated PDF uses, and the one-time registration of their resolver.</summary>
internal static class PdfFonts
{
    private static readonly Lock Gate = new();
    private static DejaVuFontResolver? _resolver;

    /// <summary>
    /// Registers the DejaVu resolver before the first font is created. PDFsharp allows setting
    /// <see cref="GlobalFontSettings.FontResolver"/> only once per process (or again with the same instance), so
    /// concurrent first requests are serialized and later calls are a volatile read.
    /// </summary>
    public static void EnsureConfigured()
    {
        if (Volatile.Read(ref _resolver) is not null)
        {
            return;
        }

        lock (Gate)
        {
            if (_resolver is not null)
            {
                return;
            }

            var resolver = new DejaVuFontResolver(DejaVuFontResolver.DefaultDirectory);
            // A host that registered its own resolver first keeps it: replacing it would throw inside PDFsharp.
            GlobalFontSettings.FontResolver ??= resolver;
            Volatile.Write(ref _resolver, resolver);
        }
    }

    // Unicode (Identity-H with a ToUnicode map) keeps Kazakh text searchable and copyable in the PDF.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static XFont Regular(double size) => Create(size, XFontStyleEx.Regular);

    public static XFont Bold(double size) => Create(size, XFontStyleEx.Bold);

    private static XFont Create(double size, XFontStyleEx style)
    {
        EnsureConfigured();
        return new XFont(DejaVuFontResolver.FamilyName, size, style, Unicode);
    }
}
