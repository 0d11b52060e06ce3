namespace Kenes.Web.Features.Formation;

/// <summary>A file as received, read into memory once (each is at most a few megabytes).</summary>
public sealed record UploadedFile(string FileName, byte[] Content)
{
    public static async Task<IReadOnlyList<UploadedFile>> ReadAsync(IEnumerable<IFormFile>? files, CancellationToken ct)
    {
        var result = new List<UploadedFile>();
        foreach (var file in files ?? [])
        {
            if (file.Length > ApplicationIntake.MaxFileBytes)
            {
                // Keep the name and a marker so validation can say which file is too large, without reading it.
                result.Add(new UploadedFile(file.FileName, new byte[ApplicationIntake.MaxFileBytes + 1]));
                continue;
            }

            // Straight into an array of the file's length: a MemoryStream and its copy made two of each
            // upload, on the large-object heap, which only a full collection frees.
            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, ct);
            }

            result.Add(new UploadedFile(file.FileName, content));
        }

        return result;
    }

    /// <summary>Only the last path segment, without control characters, at most 120 characters: safe to show and log.</summary>
    public string SafeName
    {
        get
        {
            var name = Path.GetFileName(FileName.Replace('\\', '/'));
            name = new string(name.Where(c => !char.IsControl(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')).ToArray()).Trim();
            if (name.Length == 0)
            {
                name = "document";
            }

            return name.Length > 120 ? name[..120] : name;
        }
    }
}
