namespace Chronicle.Interop.Tests.Fhir;

using System.Text;

public sealed class StreamingTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(97)]
    [InlineData(1024)]
    public async Task A_bundle_read_through_a_small_buffer_gives_the_same_records(int bufferSize)
    {
        var expected = await FhirFixtures.ReadAsync("transaction-small.json");

        var actual = await FhirFixtures.ReadAsync("transaction-small.json", bufferSize: bufferSize);

        Assert.Empty(actual.Issues);
        Assert.Equal(Summary(expected), Summary(actual));
    }

    [Fact]
    public async Task The_stream_is_read_once_front_to_back()
    {
        var bytes = File.ReadAllBytes(FhirFixtures.PathOf("transaction-small.json"));
        using var stream = new ForwardOnlyStream(bytes);

        var content = await FhirFixtures.ReadStreamAsync("transaction-small.json", stream, bufferSize: 512);

        Assert.Empty(content.Issues);
        Assert.Equal(bytes.Length, stream.BytesRead);
    }

    [Fact]
    public async Task A_truncated_bundle_is_unreadable_and_the_issue_names_where_it_ends()
    {
        var text = FhirFixtures.Text("transaction-small.json");
        var cut = text.IndexOf("\"resourceType\": \"Encounter\"", StringComparison.Ordinal) + 10;

        var content = await FhirFixtures.ReadTextAsync("cut.json", text[..cut]);

        Assert.True(content.IsUnreadable);
        var issue = Assert.Single(content.Issues);
        Assert.Equal("Bundle.entry[6]", issue.Path);
        Assert.Equal(FhirFixtures.LineOf(text, "\"resourceType\": \"Encounter\""), issue.Line);
        Assert.Contains($"ends after {Encoding.UTF8.GetByteCount(text[..cut])} bytes", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("truncated", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_JSON_is_reported_with_its_line_and_column()
    {
        var text = FhirFixtures.Text("transaction-small.json").Replace("\"status\": \"finished\",", "\"status\": \"finished\" ,,", StringComparison.Ordinal);

        var content = await FhirFixtures.ReadTextAsync("syntax.json", text, bufferSize: 64);

        Assert.True(content.IsUnreadable);
        var issue = Assert.Single(content.Issues);
        Assert.Equal(FhirFixtures.LineOf(text, ",,"), issue.Line);
        Assert.Contains("not valid JSON", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cutting_or_corrupting_a_bundle_anywhere_gives_issues_never_an_exception()
    {
        var bytes = File.ReadAllBytes(FhirFixtures.PathOf("transaction-small.json"));
        var random = new Random(20261129);
        for (var i = 0; i < 200; i++)
        {
            var damaged = bytes.ToArray();
            var length = random.Next(0, damaged.Length);
            var at = -1;
            if (i % 2 == 1)
            {
                length = damaged.Length;
                at = random.Next(damaged.Length);
                damaged[at] = (byte)random.Next(0, 256);
            }

            using var stream = new MemoryStream(damaged, 0, length);
            var content = await FhirFixtures.ReadStreamAsync("damaged.json", stream, bufferSize: 1 + random.Next(200));

            Assert.True(content.IsUnreadable || content.Issues.Count > 0 || content.Patients.Count == 1, $"Damage {i} at {at} ({System.Text.Encoding.Latin1.GetString(damaged, Math.Clamp(at - 30, 0, damaged.Length - 60), 60)}) went unnoticed: {content.Patients.Count} patients.");
        }
    }

    [Fact]
    public async Task Corrupting_an_NDJSON_file_anywhere_gives_issues_never_an_exception()
    {
        var bytes = File.ReadAllBytes(FhirFixtures.PathOf("patients.ndjson"));
        var random = new Random(1129);
        for (var i = 0; i < 200; i++)
        {
            var damaged = bytes.ToArray();
            for (var j = 0; j < 1 + (i % 3); j++)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(0, 256);
            }

            using var stream = new MemoryStream(damaged);
            var content = await FhirFixtures.ReadStreamAsync("damaged.ndjson", stream, bufferSize: 1 + random.Next(300));

            Assert.False(content.IsUnreadable, "A bad line spoils that line, not the file.");
            Assert.True(content.Issues.Count > 0 || content.Patients.Count == 3, $"Damage {i} went unnoticed.");
        }
    }

    private static string Summary(Chronicle.Interop.Fhir.FhirFileContent content) =>
        string.Join(";", content.Patients.Select(p =>
            $"{p.Details}|{p.Source}|{string.Join(",", p.Conditions.Select(c => c.Details))}|{string.Join(",", p.Visits.Select(v => v.Details))}|{string.Join(",", p.Records.Select(r => r.Details))}"))
        + $"|{content.ResourcesRead}/{content.Skipped}/{content.Rejected}|{string.Join(",", content.Staff.Select(s => s.Details))}";

    /// <summary>A stream that cannot seek, so a reader that tried to read it twice would fail.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private int _position;

        public int BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
