namespace Chronicle.Domain.Tests.Architecture;

using System.Reflection;
using Chronicle.Domain.Common;

/// <summary>
/// Chronicle.Domain is the pure model: it may reference the base class library and nothing else
/// (no EF Core, no ASP.NET Core, no Firely, no package at all). docs/design.md §3.
/// </summary>
public sealed class DomainIsolationTests
{
    private static readonly Assembly Domain = typeof(Money).Assembly;

    [Fact]
    public void Domain_references_only_the_base_class_library()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var outsiders = Domain.GetReferencedAssemblies()
            .Where(name => !File.Exists(Path.Combine(frameworkDirectory, name.Name + ".dll")))
            .Select(name => name.Name)
            .ToList();

        Assert.Empty(outsiders);
    }

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Hl7.Fhir")]
    [InlineData("System.Net.Http")]
    [InlineData("Npgsql")]
    [InlineData("Microsoft.Data.Sqlite")]
    public void Domain_does_not_reference(string forbiddenPrefix)
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);
        Assert.DoesNotContain(references, name => name.StartsWith(forbiddenPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_project_file_has_no_package_or_project_reference()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "Chronicle.Domain", "Chronicle.Domain.csproj");
        var text = File.ReadAllText(project);
        Assert.DoesNotContain("PackageReference", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ProjectReference", text, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Chronicle.slnx not found above the test binaries.");
    }
}
