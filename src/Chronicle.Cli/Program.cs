namespace Chronicle.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) =>
        ChronicleCli.RunAsync(args, new CliConsole(Console.Out, Console.Error, Console.IsOutputRedirected, Console.In));
}
