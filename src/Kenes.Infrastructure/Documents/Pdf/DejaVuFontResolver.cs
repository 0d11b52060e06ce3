using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Kenes.Infrastructure.Documents.Pdf;

/// <summary>
/// Serves DejaVu Sans from the operating system's font folder. PDFsharp 6 has no access to system fonts on Linux,
/// and the standard PDF fonts have no Kazakh letters (ә ғ қ ң ө ұ ү һ і), so every face resolves to DejaVu, which
/// covers them all. Any family name resolves, so a stray font request can never produce missing glyphs.
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";
    private const string BoldOblique = "DejaVuSans-BoldOblique";

    private readonly string _directory;
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    public DejaVuFontResolver(string directory) => _directory = directory;

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new((isBold, isItalic) switch
        {
            (true, true) => BoldOblique,
            (true, false) => Bold,
            (false, true) => Oblique,
            _ => Regular,
        });

    public byte[] GetFont(string faceName) => _faces.GetOrAdd(faceName, Load);

    private byte[] Load(string faceName)
    {
        var path = Path.Combine(_directory, faceName + ".ttf");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Font file '{path}' is missing: install fonts-dejavu-core, whose faces cover the Kazakh alphabet.", path);
        }

        return File.ReadAllBytes(path);
    }
}
