using System.Text;
using Kenes.Infrastructure.Documents.Text;

namespace Kenes.Infrastructure.Documents;

/// <summary>
/// The R10 list of candidates for spreadsheets. Semicolons and a UTF-8 byte order mark because Excel with a Kazakh
/// or Russian locale splits on ';' (',' is the decimal separator there) and reads BOM-less files as ANSI, which
/// would garble Kazakh letters.
/// </summary>
public static class CandidateListCsv
{
    private const char Separator = ';';

    public static byte[] Render(CandidateListData data, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder();
        AppendRow(text, CandidateListText.Columns(language));
        foreach (var row in data.Rows)
        {
            AppendRow(text, CandidateListText.Cells(language, row));
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(Separator);
            }

            text.Append(Escape(cells[i]));
        }

        // RFC 4180 line ending; Excel accepts it everywhere.
        text.Append("\r\n");
    }

    /// <summary>
    /// Neutralises formula injection first (an applicant types the names and reasons that HR opens in Excel: a cell
    /// starting with = + - @, or tab/CR which some spreadsheets also treat as formula starts, gets a leading
    /// apostrophe so it stays text), then quotes per RFC 4180 when the value holds a separator, quote or line break.
    /// </summary>
    internal static string Escape(string? value)
    {
        var cell = value ?? string.Empty;
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        var needsQuotes = cell.AsSpan().IndexOfAny([Separator, '"', '\r', '\n']) >= 0 || cell != cell.Trim();
        return needsQuotes ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
