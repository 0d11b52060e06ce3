namespace Kenes.Infrastructure.Documents;

/// <summary>The languages a generated document can be written in (Kazakh is the state language).</summary>
public enum DocumentLanguage
{
    Kk,
    Ru,
}
