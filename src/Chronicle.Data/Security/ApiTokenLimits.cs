namespace Chronicle.Data.Security;

public static class ApiTokenLimits
{
    public const int NameLength = 100;
}
