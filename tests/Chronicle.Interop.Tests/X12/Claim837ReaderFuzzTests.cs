namespace Chronicle.Interop.Tests.X12;

using System.Text;
using Chronicle.Interop.X12;

/// <summary>Random input: the reader returns its own issues and never throws, however broken the text.</summary>
public sealed class Claim837ReaderFuzzTests
{
    private const string X12Alphabet = "ISAGSTEHLNMCPRVX0123456789 *~:^|>\n\r.-é😀";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_text_never_throws(int seed)
    {
        var random = new Random(seed);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var length = random.Next(0, 600);
            var text = attempt % 2 == 0
                ? new string([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(0, 0xD800))])
                : new string([.. Enumerable.Range(0, length).Select(_ => X12Alphabet[random.Next(X12Alphabet.Length)])]);

            AssertWellFormed(Claim837Reader.Read(text), text);
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    public void Mutations_of_valid_files_never_throw_and_name_segments_inside_the_file(int seed)
    {
        var random = new Random(seed);
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var valid = ClaimFileSamples.Write(RandomClaimFiles.Create((seed * 1000) + attempt), lineBreaks: random.Next(2) == 0);
            var text = Mutate(valid, random, random.Next(1, 6));

            AssertWellFormed(Claim837Reader.Read(text), text);
        }
    }

    [Fact]
    public void A_valid_header_followed_by_noise_is_reported_not_thrown()
    {
        var header = File.ReadAllText(Claim837GoldenTests.FixturePath("single-claim"))[..107];
        var random = new Random(5);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var text = header + new string([.. Enumerable.Range(0, random.Next(0, 300)).Select(_ => X12Alphabet[random.Next(X12Alphabet.Length)])]);

            var result = Claim837Reader.Read(text);

            AssertWellFormed(result, text);
            Assert.False(result.IsValid);
        }
    }

    private static string Mutate(string text, Random random, int times)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < times && builder.Length > 0; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder.Remove(at, 1);
                    break;
                case 1:
                    builder.Insert(at, "*~:^\n"[random.Next(5)]);
                    break;
                case 2:
                    builder[at] = X12Alphabet[random.Next(X12Alphabet.Length - 2)];
                    break;
                default:
                    var segments = builder.ToString().Split('~').ToList();
                    var index = random.Next(segments.Count);
                    var segment = segments[index];
                    segments.RemoveAt(index);
                    if (random.Next(2) == 0)
                    {
                        segments.Insert(random.Next(segments.Count + 1), segment);
                    }

                    builder = new StringBuilder(string.Join('~', segments));
                    break;
            }
        }

        return builder.ToString();
    }

    private static void AssertWellFormed(Claim837ReadResult result, string text)
    {
        Assert.NotNull(result.Contents);
        Assert.True(result.Issues.Count <= Claim837Reader.MaxIssues);
        var segmentLimit = text.Length + 2;
        Assert.All(result.Issues, i =>
        {
            Assert.InRange(i.SegmentNumber, 0, segmentLimit);
            Assert.False(string.IsNullOrWhiteSpace(i.Message));
        });
    }
}
