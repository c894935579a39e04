namespace Chronicle.Interop.Tests.Repository;

using System.Text.RegularExpressions;

/// <summary>
/// The README is the newcomer's first page: every relative link in it names a file or folder of
/// this repository, so that a clone with nothing beside it has no broken links.
/// </summary>
public sealed partial class ReadmeLinksTests
{
    [Fact]
    public void Every_relative_link_of_the_README_resolves_inside_the_repository()
    {
        var root = Path.GetFullPath(TestPaths.RepoRoot);
        var targets = MarkdownLink().Matches(File.ReadAllText(Path.Combine(root, "README.md")))
            .Select(m => m.Groups["target"].Value)
            .Where(t => !t.StartsWith("http://", StringComparison.Ordinal) && !t.StartsWith("https://", StringComparison.Ordinal) && !t.StartsWith('#'))
            .ToList();

        Assert.NotEmpty(targets);
        Assert.All(targets, target =>
        {
            var path = Path.GetFullPath(Path.Combine(root, target.Split('#')[0]));
            Assert.True(path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal), $"{target} points outside the repository.");
            Assert.True(File.Exists(path) || Directory.Exists(path), $"{target} does not exist.");
        });
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
