using Pipeline.Diagnostics;
using Pipeline.Reading.Pdf;

namespace Pipeline.Tests.Reading;

public sealed class PhaseTallyTests
{
    [Fact]
    public void Laps_of_one_phase_add_up_and_phases_keep_the_order_first_met()
    {
        var meter = new Meter();
        var tally = new CountingTally(meter);
        meter.Reading += 3;
        tally.Lap("pages");
        meter.Reading += 5;
        tally.Lap("lines");
        meter.Reading += 4;
        tally.Lap("pages");

        Assert.Equal([("pages", 7L), ("lines", 5L)], tally.Phases.ToList());
    }

    [Fact]
    public void What_went_before_a_restart_is_charged_to_no_phase()
    {
        var meter = new Meter();
        var tally = new CountingTally(meter);
        meter.Reading += 100;
        tally.Restart();
        meter.Reading += 2;
        tally.Lap("stage");

        Assert.Equal([("stage", 2L)], tally.Phases.ToList());
    }

    [Fact]
    public void The_pdf_clock_charges_a_lap_the_bytes_the_thread_allocated_in_it()
    {
        var clock = new PhaseClock();
        var kept = new byte[1 << 20];
        clock.Lap("allocating");
        GC.KeepAlive(kept);

        var (phase, cost) = Assert.Single(clock.Phases);
        Assert.Equal("allocating", phase);
        Assert.InRange(cost.Bytes, 1 << 20, long.MaxValue);
        Assert.InRange(cost.Time, TimeSpan.Zero, TimeSpan.MaxValue);
    }

    private sealed class Meter
    {
        public long Reading { get; set; }
    }

    private sealed class CountingTally(Meter meter) : PhaseTally<long>(() => meter.Reading);
}
