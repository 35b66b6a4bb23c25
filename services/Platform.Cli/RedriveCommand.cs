using System.CommandLine;
using Platform.Hosting.Configuration;
using Platform.Hosting.Messaging;

namespace Platform.Cli;

/// <summary>
/// <c>platform redrive [--queue q]</c>: moves the messages dead-lettered in the consumer queues' <c>_error</c> queues
/// back to their queues (after a store outage longer than the retry window), on the broker of the
/// <c>Platform__Transport__*</c> settings.
/// </summary>
public static class RedriveCommand
{
    public static Command Create()
    {
        var queue = new Option<string?>("--queue") { Description = $"One consumer queue or its _error queue (default: all of {string.Join(", ", ConsumerQueues.All.Select(q => q.Name))})." };
        var command = new Command("redrive", "Move dead-lettered messages from the _error queues back to their consumer queues.") { queue };
        command.SetAction(async (r, ct) =>
        {
            var transport = CliConfiguration.Build().GetSection(TransportOptions.Section).Get<TransportOptions>() ?? new TransportOptions();
            try
            {
                foreach (var result in await new ErrorQueueRedrive(transport).RedriveAsync(r.GetValue(queue), ct).ConfigureAwait(false))
                {
                    Console.WriteLine($"{result.Queue}: {result.Moved} moved back from {result.Queue}{ConsumerQueue.ErrorSuffix}");
                }
                return 0;
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 2;
            }
        });
        return command;
    }
}
