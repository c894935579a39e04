namespace Chronicle.Data.Locking;

using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

/// <summary>
/// Tells a database that cannot be reached (down, refusing connections, shutting down, its file
/// unopenable or held too long) from a query that failed: the first is "try again later"
/// (503 with Retry-After), the second a fault (ADR 0167).
/// </summary>
public static class DatabaseFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCantOpen = 14;

    public static bool IsUnavailable(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    // Class 08 connection exceptions, 53 insufficient resources, 57P0x shutting down or starting.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || postgres.SqlState is "57P01" or "57P02" or "57P03";
                case NpgsqlException { InnerException: SocketException or TimeoutException or IOException }:
                    return true;
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteCantOpen;
                case SocketException:
                    return true;
            }
        }

        return false;
    }
}
