namespace Chronicle.Application.Demo;

/// <summary>The demo's and the synthetic practices' visits: every fifth an annual wellness visit, the others office visits.</summary>
internal static class DemoVisits
{
    public static string Code(int index) => index % 5 == 0 ? "G0439" : "99214";
}
