namespace Kenes.Infrastructure.Storage;

/// <summary>The file types accepted as R9 documents (scans, photos and Word files of work-experience proofs).</summary>
public enum DocumentFileType
{
    Pdf,
    Jpeg,
    Png,
    Docx,
}
