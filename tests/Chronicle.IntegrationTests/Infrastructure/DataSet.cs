namespace Chronicle.IntegrationTests.Infrastructure;

/// <summary>Which copy of a public data set a test reads.</summary>
public enum DataSet
{
    /// <summary>The small subset committed in tests/data.</summary>
    Subset,

    /// <summary>The full set in ../shared/data beside the repository (optional).</summary>
    Full,
}
