using System;
using System.IO;

namespace HelplineStats.Cli;

/// <summary>
/// Writes a file so that it is either the complete new content or the old file: the content goes to a temporary file in
/// the same directory, which is flushed to disk and then renamed over the target. A failure part-way (a full disk, an
/// error in the writer) deletes the temporary file and leaves the target untouched.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through a temporary file opened with <paramref name="open"/>.</summary>
    /// <exception cref="IOException">The temporary file cannot be written or moved into place.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory may not be written.</exception>
    internal static void Write(string path, Action<Stream> write, Func<string, Stream> open)
    {
        if (IsDevice(path))
        {
            // A device such as /dev/null or /dev/stdout cannot be replaced; it is written as it is.
            using var device = new FileStream(path, FileMode.Open, FileAccess.Write);
            write(device);
            return;
        }
        string folder = Path.GetDirectoryName(path) ?? ".";
        string temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (Stream stream = open(temporary))
            {
                write(stream);
                stream.Flush();
                if (stream is FileStream file)
                {
                    file.Flush(flushToDisk: true);
                }
            }
            if (!OperatingSystem.IsWindows() && File.Exists(path))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static bool IsDevice(string path) =>
        !OperatingSystem.IsWindows() && path.StartsWith("/dev/", StringComparison.Ordinal) && File.Exists(path);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the target is untouched either way.
        }
    }
}
