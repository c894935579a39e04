namespace Chronicle.Cli.Hosting;

using Chronicle.Application.Importing;
using Spectre.Console;

/// <summary>
/// Shows long work as a progress bar on a terminal and as a few plain lines when piped, so logs
/// stay readable. The use case reports; this decides how it looks.
/// </summary>
internal sealed class ProgressDisplay(CliConsole console) : IImportProgress
{
    private ProgressTask? _task;
    private Task? _renderer;
    private TaskCompletionSource? _finished;
    private long _total;
    private long _done;
    private int _lastPercentPrinted = -1;

    public void Start(string description, long total)
    {
        _total = Math.Max(1, total);
        _done = 0;
        if (!console.IsInteractive)
        {
            console.Error.WriteLine($"{description}: {total} to do");
            return;
        }

        var started = new TaskCompletionSource<ProgressTask>();
        _finished = new TaskCompletionSource();
        _renderer = console.Ansi.Progress().AutoClear(false).StartAsync(async context =>
        {
            started.SetResult(context.AddTask(Markup.Escape(description), maxValue: _total));
            await _finished.Task;
        });
        _task = started.Task.GetAwaiter().GetResult();
    }

    public void Advance(long amount)
    {
        _done += amount;
        if (_task is not null)
        {
            _task.Increment(amount);
            return;
        }

        var percent = (int)(_done * 100 / _total);
        if (percent / 25 > _lastPercentPrinted / 25 && percent < 100)
        {
            _lastPercentPrinted = percent;
            console.Error.WriteLine($"  {percent}% ({_done}/{_total})");
        }
    }

    public void Done()
    {
        if (_task is not null)
        {
            _task.Value = _task.MaxValue;
            _finished?.TrySetResult();
            _renderer?.GetAwaiter().GetResult();
            _task = null;
        }
    }
}
