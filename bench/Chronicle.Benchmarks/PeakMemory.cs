namespace Chronicle.Benchmarks;

using System.Diagnostics;

/// <summary>
/// The process's peak resident memory over one measurement. On Linux the kernel's high-water mark
/// (VmHWM) is reset before each measurement by writing 5 to /proc/self/clear_refs, so each figure
/// is that measurement's own peak; where that is not possible the figure is the peak of the run so far.
/// </summary>
internal static class PeakMemory
{
    public static void Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not Linux, or not allowed: the peak then covers the run so far.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static long Bytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
