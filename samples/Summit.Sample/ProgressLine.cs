namespace Summit.Sample;

/// <summary>
/// One line of progress on stderr, rewritten in place: shown at once for many reports, otherwise
/// only once a run has taken <see cref="Delay"/>; never when disabled (stderr is not a terminal, or
/// <c>--quiet</c>). Cleared before anything else is written to stderr.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    /// <summary>How long a run goes before its progress is shown.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    private readonly TextWriter _writer;
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly ITimer? _timer;
    private readonly Lock _lock = new();
    private string _stage = "";
    private int _width;
    private bool _visible;
    private bool _done;

    public ProgressLine(TextWriter writer, bool enabled, TimeProvider time)
    {
        _writer = writer;
        _time = time;
        _start = time.GetTimestamp();
        _done = !enabled;
        if (enabled) _timer = time.CreateTimer(_ => Tick(), null, Delay, TimeSpan.FromSeconds(1));
    }

    /// <summary>Sets the current stage; writes it now when <paramref name="soon"/> or the line is already shown.</summary>
    public void Show(string stage, bool soon = false)
    {
        lock (_lock)
        {
            _stage = stage;
            if (!_done && (soon || _visible)) Write();
        }
    }

    private void Tick()
    {
        lock (_lock)
        {
            if (!_done && _stage.Length > 0) Write();
        }
    }

    private void Write()
    {
        var text = $"reconcile: {_stage} {(int)_time.GetElapsedTime(_start).TotalSeconds} s";
        _writer.Write("\r" + text.PadRight(_width));
        _writer.Flush();
        _width = text.Length;
        _visible = true;
    }

    /// <summary>Removes the line and stops showing it.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _done = true;
            _timer?.Dispose();
            if (!_visible) return;
            _writer.Write("\r" + new string(' ', _width) + "\r");
            _writer.Flush();
            _visible = false;
        }
    }

    public void Dispose() => Clear();
}
