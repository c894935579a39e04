namespace Chronicle.BrowserTests.Infrastructure;

using System.Runtime.CompilerServices;

/// <summary>
/// The suite starts in-process web apps; each watches its configuration files and
/// static files with inotify, and Linux allows a user 128 inotify instances. Polling watchers
/// cost no inotify instance, and nothing in a test run edits those files.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void UsePolling() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
