using Pipeline.Batch;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>Progress as a live Spectre.Console bar, for a terminal. Spectre's progress task is thread-safe.</summary>
internal sealed class ProgressBarObserver(ProgressContext context) : IBatchObserver
{
    private ProgressTask? _task;
    private int _failed;

    public void Started(int documents) =>
        _task = context.AddTask("Converting", autoStart: true, maxValue: Math.Max(1, documents));

    public void Completed(DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Status == DocumentStatus.Failed && _task is not null)
        {
            var failed = Interlocked.Increment(ref _failed);
            _task.Description = $"Converting [red]({failed} failed)[/]";
        }

        _task?.Increment(1);
    }
}
