namespace Chronicle.Application.Importing;

/// <summary>
/// Where long work reports how far it has come: a progress bar on a terminal, plain lines when
/// piped, nothing in the web app. Implementations live at the edge (CLI), not in use cases.
/// </summary>
public interface IImportProgress
{
    void Start(string description, long total);

    void Advance(long amount);

    void Done();
}

public sealed class NoProgress : IImportProgress
{
    public static NoProgress Instance { get; } = new();

    public void Start(string description, long total)
    {
    }

    public void Advance(long amount)
    {
    }

    public void Done()
    {
    }
}
