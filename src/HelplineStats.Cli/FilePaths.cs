using System;
using System.IO;

namespace HelplineStats.Cli;

/// <summary>File names compared as the files they name: absolute, with every symbolic link on the way resolved.</summary>
internal static class FilePaths
{
    private const int MostLinks = 40;

    /// <summary>The absolute path with symbolic links resolved, in the file and in every directory above it.</summary>
    internal static string Canonical(string path) => Canonical(path, 0);

    /// <summary>Whether two canonical paths name the same file.</summary>
    internal static bool Same(string left, string right) =>
        string.Equals(left, right, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static string Canonical(string path, int depth)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full) ?? "";
        string current = root;
        foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo? target = null;
            try
            {
                var info = new FileInfo(current);
                if (depth < MostLinks && info.LinkTarget is not null)
                {
                    target = info.ResolveLinkTarget(returnFinalTarget: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A link that cannot be followed (a loop, no permission) is compared as it is written.
            }
            if (target is not null)
            {
                current = Canonical(target.FullName, depth + 1);
            }
        }
        return current;
    }
}
