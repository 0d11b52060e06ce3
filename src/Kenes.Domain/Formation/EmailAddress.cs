namespace Kenes.Domain.Formation;

/// <summary>
/// The e-mail address check shared by the announcement (R7.4) and the application form (F).
/// Interpretation: deliberately simpler and stricter than RFC 5322 — an address Kenes accepts must
/// also be one every mail server and every person retyping it from a PDF will accept: ASCII only,
/// exactly one "@", no spaces or quotes, a dot-separated domain of letters, digits and hyphens with
/// at least two labels (internationalized domains in their xn-- form), at most 254 characters.
/// </summary>
internal static class EmailAddress
{
    public const int MaxLength = 254;
    private const int MaxLocalLength = 64;
    private const int MaxLabelLength = 63;
    private const string LocalSpecials = "!#$%&'*+/=?^_`{|}~-";

    public static bool IsValid(string address)
    {
        if (address.Length is 0 or > MaxLength)
        {
            return false;
        }

        var at = address.IndexOf('@');
        if (at <= 0 || at != address.LastIndexOf('@') || at == address.Length - 1)
        {
            return false;
        }

        return IsLocalPart(address[..at]) && IsDomain(address[(at + 1)..]);
    }

    private static bool IsLocalPart(string local) =>
        local.Length <= MaxLocalLength
        && DotSeparated(local, label => label.All(c => char.IsAsciiLetterOrDigit(c) || LocalSpecials.Contains(c)));

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2
            && DotSeparated(domain, label => label.Length <= MaxLabelLength
                && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                && label[0] != '-' && label[^1] != '-')
            && labels[^1].Length >= 2 && !labels[^1].All(char.IsAsciiDigit);
    }

    /// <summary>Non-empty labels between dots: no leading, trailing or doubled dot.</summary>
    private static bool DotSeparated(string text, Func<string, bool> isLabel) =>
        text.Split('.').All(label => label.Length > 0 && isLabel(label));
}
