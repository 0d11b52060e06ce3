using System.Diagnostics;
using System.Security.Cryptography;
using Kenes.Infrastructure.Storage;

namespace Kenes.Infrastructure.Tests.Storage;

public sealed class FileSystemDocumentStorageTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("kenes-store-");

    public void Dispose() => _root.Delete(recursive: true);

    private FileSystemDocumentStorage Storage() => new(_root.FullName);

    [Fact]
    public async Task SaveAsync_RoundTripsBytesWithMatchingSha256_WhenContentIsOneMegabyte()
    {
        var content = RandomNumberGenerator.GetBytes(1024 * 1024 + 17);
        var storage = Storage();

        var stored = await storage.SaveAsync(new MemoryStream(content), CancellationToken.None);
        await using var read = await storage.OpenReadAsync(stored.Key, CancellationToken.None);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);

        Assert.Equal(content.Length, stored.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", stored.Sha256);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task SaveAsync_IssuesRandomShardedKeys_WhenSameContentIsSavedTwice()
    {
        var storage = Storage();

        var first = await storage.SaveAsync(new MemoryStream("same"u8.ToArray()), CancellationToken.None);
        var second = await storage.SaveAsync(new MemoryStream("same"u8.ToArray()), CancellationToken.None);

        Assert.NotEqual(first.Key, second.Key);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Matches("^[0-9a-f]{32}$", first.Key);
        Assert.True(File.Exists(Path.Combine(_root.FullName, first.Key[..2], first.Key[2..4], first.Key)));
    }

    [Fact]
    public async Task SaveAsync_LeavesOnlyTheFinalFile_WhenSaveSucceeds()
    {
        var storage = Storage();

        var stored = await storage.SaveAsync(new MemoryStream(new byte[300_000]), CancellationToken.None);

        var files = Directory.GetFiles(_root.FullName, "*", SearchOption.AllDirectories);
        Assert.Equal(Path.Combine(_root.FullName, stored.Key[..2], stored.Key[2..4], stored.Key), Assert.Single(files));
    }

    [Fact]
    public async Task SaveAsync_StoresNothingAndRethrowsCallersError_WhenUploadStreamFailsMidway()
    {
        var storage = Storage();

        var error = await Assert.ThrowsAsync<IOException>(() => storage.SaveAsync(new FailingStream(200_000), CancellationToken.None));

        Assert.Equal("client went away", error.Message);
        Assert.Empty(Directory.GetFiles(_root.FullName, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_StoresNothing_WhenCancelled()
    {
        var storage = Storage();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => storage.SaveAsync(new MemoryStream(new byte[1000]), cancel.Token));

        Assert.Empty(Directory.GetFiles(_root.FullName, "*", SearchOption.AllDirectories));
    }

    [SkippableFact]
    public async Task SaveAsync_ThrowsStorageFullAndLeavesNoTempFile_WhenDiskIsFull()
    {
        // A real full disk: a 256 KB tmpfs (needs root, as in CI here; skipped elsewhere).
        var mount = Directory.CreateTempSubdirectory("kenes-full-").FullName;
        Skip.IfNot(Run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mount) == 0, "cannot mount a tmpfs here (not root)");
        try
        {
            var storage = new FileSystemDocumentStorage(mount);
            var small = await storage.SaveAsync(new MemoryStream(new byte[10_000]), CancellationToken.None);

            var error = await Assert.ThrowsAsync<DocumentStorageException>(() => storage.SaveAsync(new MemoryStream(new byte[1024 * 1024]), CancellationToken.None));

            Assert.Equal("storage.full", error.Code);
            var files = Directory.GetFiles(mount, "*", SearchOption.AllDirectories);
            Assert.Equal(small.Key, Path.GetFileName(Assert.Single(files)));
        }
        finally
        {
            Run("umount", mount);
            Directory.Delete(mount, recursive: true);
        }
    }

    [SkippableFact]
    public void FromIo_ClassifiesAsFull_WhenOperatingSystemReportsNoSpace()
    {
        // /dev/full answers every write with ENOSPC: the exact exception .NET raises on a full disk.
        Skip.IfNot(File.Exists("/dev/full"));
        var error = Record.Exception(() =>
        {
            using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            full.Write(new byte[4096]);
            full.Flush();
        });

        Assert.Equal("storage.full", DocumentStorageException.FromIo(Assert.IsAssignableFrom<IOException>(error)).Code);
        Assert.Equal("storage.failed", DocumentStorageException.FromIo(new IOException("other")).Code);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\..\\windows\\win.ini")]
    [InlineData("C:\\secret.txt")]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcdef\n")]
    [InlineData("01/23/0123456789abcdef0123456789ab")]
    [InlineData("0123456789abcdef0123456789abcde/")]
    public async Task OpenReadAndDelete_RejectKey_WhenKeyIsNotExactlyAnIssuedKey(string key)
    {
        var storage = Storage();

        var open = await Assert.ThrowsAsync<DocumentStorageException>(() => storage.OpenReadAsync(key, CancellationToken.None));
        var delete = await Assert.ThrowsAsync<DocumentStorageException>(() => storage.DeleteAsync(key, CancellationToken.None));

        Assert.Equal("storage.invalid_key", open.Code);
        Assert.Equal("storage.invalid_key", delete.Code);
        Assert.False(await storage.ExistsAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task OpenReadAsync_DoesNotEscapeRoot_WhenTraversalTargetExists()
    {
        // A file just outside the root that "../" would reach if keys were used as paths.
        var outside = Path.Combine(_root.Parent!.FullName, $"kenes-outside-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(outside, "secret");
        try
        {
            var storage = Storage();
            var error = await Assert.ThrowsAsync<DocumentStorageException>(() => storage.OpenReadAsync("../" + Path.GetFileName(outside), CancellationToken.None));
            Assert.Equal("storage.invalid_key", error.Code);
            Assert.True(File.Exists(outside));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task DeleteAsync_RemovesDocument_AndIsHarmlessTheSecondTime()
    {
        var storage = Storage();
        var stored = await storage.SaveAsync(new MemoryStream("x"u8.ToArray()), CancellationToken.None);
        Assert.True(await storage.ExistsAsync(stored.Key, CancellationToken.None));

        await storage.DeleteAsync(stored.Key, CancellationToken.None);
        await storage.DeleteAsync(stored.Key, CancellationToken.None);

        Assert.False(await storage.ExistsAsync(stored.Key, CancellationToken.None));
        var error = await Assert.ThrowsAsync<DocumentStorageException>(() => storage.OpenReadAsync(stored.Key, CancellationToken.None));
        Assert.Equal("storage.not_found", error.Code);
    }

    private static int Run(string file, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in arguments)
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start)!;
            process.WaitForExit(10_000);
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    /// <summary>An upload that breaks after some bytes, like a client that disconnects.</summary>
    private sealed class FailingStream(int failAfter) : Stream
    {
        private int _served;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_served >= failAfter)
            {
                throw new IOException("client went away");
            }

            var n = Math.Min(count, failAfter - _served);
            _served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
