namespace Chronicle.Cli;

/// <summary>What every chronicle command returns, so scripts can tell a bad input from a bad call.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A business or input error: bad rows, a missing practice, a failed check.</summary>
    public const int BusinessError = 1;

    /// <summary>The command line itself was wrong: unknown command or option, missing argument.</summary>
    public const int Usage = 2;
}
