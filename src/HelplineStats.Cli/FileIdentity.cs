using System;
using System.Runtime.InteropServices;
using System.Text;

namespace HelplineStats.Cli;

/// <summary>
/// What a file is on disk, apart from its names: on Linux the device and inode, so two hard links to one file (or one file
/// seen through a bind mount) are known to be the same file, which comparing paths cannot tell. Read with
/// <c>statx(2)</c>, found in the C library the process already has loaded (no package, no extra native library);
/// elsewhere, or when the call is not there, there is no identity and callers compare paths only.
/// </summary>
internal static class FileIdentity
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxInode = 0x100;

    // struct statx is the same on every Linux architecture: 256 bytes, stx_mask at 0, stx_ino at 32, stx_dev_major at 136,
    // stx_dev_minor at 140 (linux/stat.h); the device numbers are always filled, the inode when the mask says so.
    private const int StatxSize = 256;
    private const int MaskOffset = 0;
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
    private delegate int StatxFunction(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);

    private static readonly Lazy<StatxFunction?> Statx = new(FindStatx);

    /// <summary>The device and inode of the file <paramref name="path"/> names (links followed); <c>null</c> when it does not exist or this system cannot tell.</summary>
    internal static (ulong Major, ulong Minor, ulong Inode)? Of(string path)
    {
        if (Statx.Value is not StatxFunction statx || path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }
        byte[] name = Encoding.UTF8.GetBytes(path + "\0");
        byte[] buffer = new byte[StatxSize];
        if (statx(AtCurrentDirectory, name, 0, StatxInode, buffer) != 0)
        {
            return null;
        }
        ReadOnlySpan<byte> result = buffer;
        if ((MemoryMarshal.Read<uint>(result[MaskOffset..]) & StatxInode) == 0)
        {
            return null;
        }
        return (MemoryMarshal.Read<uint>(result[DeviceMajorOffset..]), MemoryMarshal.Read<uint>(result[DeviceMinorOffset..]),
            MemoryMarshal.Read<ulong>(result[InodeOffset..]));
    }

    /// <summary>Whether both names are known to be one file on disk (false when either identity is unknown).</summary>
    internal static bool Same(string left, string right) => Of(left) is { } l && Of(right) is { } r && l == r;

    private static StatxFunction? FindStatx()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        // The host links the C library, so its symbols are visible from the main program's handle.
        return NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), "statx", out IntPtr address)
            ? Marshal.GetDelegateForFunctionPointer<StatxFunction>(address)
            : null;
    }
}
