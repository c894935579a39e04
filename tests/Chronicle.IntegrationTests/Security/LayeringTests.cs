namespace Chronicle.IntegrationTests.Security;

using System.Reflection;
using Chronicle.Application.Security;
using Chronicle.Data;

/// <summary>Identity lives in Data and Application through Microsoft.Extensions.Identity only; ASP.NET Core stays in the web host.</summary>
public sealed class LayeringTests
{
    public static TheoryData<string> AssembliesWithoutAspNetCore => new(
        typeof(ChronicleDbContext).Assembly.GetName().Name!,
        typeof(PatientAccess).Assembly.GetName().Name!,
        typeof(Chronicle.Cli.ChronicleCli).Assembly.GetName().Name!);

    [Theory]
    [MemberData(nameof(AssembliesWithoutAspNetCore))]
    public void The_assembly_references_no_AspNetCore_assembly(string name)
    {
        var references = Assembly.Load(name).GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(references, r => r.StartsWith("Chronicle.", StringComparison.Ordinal));
    }
}
