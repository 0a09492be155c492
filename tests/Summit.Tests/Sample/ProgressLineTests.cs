using FluentAssertions;
using NUnit.Framework;
using Summit.Sample;

namespace Summit.Tests.Sample;

/// <summary>The progress line, driven by a hand-wound clock (no waiting).</summary>
public class ProgressLineTests
{
    /// <summary>A clock that moves only when told and whose one timer fires only when told.</summary>
    private sealed class ManualTime : TimeProvider
    {
        public long Ticks;
        public TimerCallback? Callback;
        public int TimersCreated;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => Ticks;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            TimersCreated++;
            dueTime.Should().Be(ProgressLine.Delay);
            Callback = callback;
            return new NoTimer();
        }

        public void Advance(TimeSpan by)
        {
            Ticks += by.Ticks;
            Callback?.Invoke(null);
        }

        private sealed class NoTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;
            public void Dispose() { }
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    [Test]
    public void Show_ShortRun_WritesNothing()
    {
        var time = new ManualTime();
        var err = new StringWriter();
        using (var progress = new ProgressLine(err, enabled: true, time))
        {
            progress.Show("reading reports…");
            progress.Show("reconciling 3 reports…");
            progress.Clear();
        }
        err.ToString().Should().BeEmpty();
    }

    [Test]
    public void Show_LongRun_WritesTheStageWithItsTimeInPlaceAndClearsIt()
    {
        var time = new ManualTime();
        var err = new StringWriter();
        var progress = new ProgressLine(err, enabled: true, time);
        progress.Show("reading reports…");
        time.Advance(TimeSpan.FromSeconds(2));
        err.ToString().Should().Be("\rreconcile: reading reports… 2 s");
        progress.Show("reconciling 3 reports…");
        err.ToString().Should().EndWith("\rreconcile: reconciling 3 reports… 2 s");
        progress.Clear();
        err.ToString().Should().EndWith("\r" + new string(' ', "reconcile: reconciling 3 reports… 2 s".Length) + "\r");
        var written = err.ToString();
        time.Advance(TimeSpan.FromSeconds(1));
        progress.Show("writing text…");
        err.ToString().Should().Be(written, "nothing is written after Clear");
    }

    [Test]
    public void Show_Soon_WritesAtOnce()
    {
        var err = new StringWriter();
        using var progress = new ProgressLine(err, enabled: true, new ManualTime());
        progress.Show("reconciling 500 reports…", soon: true);
        err.ToString().Should().Be("\rreconcile: reconciling 500 reports… 0 s");
    }

    [Test]
    public void Show_Disabled_NeverWritesNorStartsATimer()
    {
        var time = new ManualTime();
        var err = new StringWriter();
        using var progress = new ProgressLine(err, enabled: false, time);
        progress.Show("reconciling 500 reports…", soon: true);
        time.Advance(TimeSpan.FromSeconds(10));
        err.ToString().Should().BeEmpty();
        time.TimersCreated.Should().Be(0);
    }
}
