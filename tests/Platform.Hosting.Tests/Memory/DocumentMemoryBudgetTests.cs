using Platform.Hosting.Memory;

namespace Platform.Hosting.Tests.Memory;

public sealed class DocumentMemoryBudgetTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task Documents_that_fit_the_budget_together_enter_at_once()
    {
        var budget = new DocumentMemoryBudget(100, 10);
        using var first = await budget.EnterAsync(60, CancellationToken.None);
        using var second = await budget.EnterAsync(40, CancellationToken.None);
        Assert.Equal(100, budget.InUse);
    }

    [Fact]
    public async Task A_document_that_does_not_fit_waits_until_another_is_done()
    {
        var budget = new DocumentMemoryBudget(100, 10);
        var first = await budget.EnterAsync(60, CancellationToken.None);
        var second = budget.EnterAsync(60, CancellationToken.None).AsTask();
        await Task.Delay(Quiet);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using var entered = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(60, budget.InUse);
    }

    [Fact]
    public async Task Small_documents_enter_a_full_budget_without_waiting()
    {
        var budget = new DocumentMemoryBudget(100, 10);
        using var large = await budget.EnterAsync(100, CancellationToken.None);
        var small = budget.EnterAsync(10, CancellationToken.None);
        Assert.True(small.IsCompletedSuccessfully);
        using var lease = await small;
        Assert.Equal(0, lease.Units);
        Assert.Equal(100, budget.InUse);
    }

    [Fact]
    public async Task A_document_larger_than_the_budget_runs_alone()
    {
        var budget = new DocumentMemoryBudget(100, 10);
        var other = await budget.EnterAsync(20, CancellationToken.None);
        var huge = budget.EnterAsync(1_000, CancellationToken.None).AsTask();
        await Task.Delay(Quiet);
        Assert.False(huge.IsCompleted);

        other.Dispose();
        using var lease = await huge.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(100, lease.Units);
        var next = budget.EnterAsync(11, CancellationToken.None).AsTask();
        await Task.Delay(Quiet);
        Assert.False(next.IsCompleted);
    }

    [Fact]
    public async Task Waiting_documents_enter_in_arrival_order_and_a_large_one_is_not_passed_by_smaller_ones()
    {
        var budget = new DocumentMemoryBudget(100, 10);
        var first = await budget.EnterAsync(50, CancellationToken.None);
        var large = budget.EnterAsync(80, CancellationToken.None).AsTask();
        // Would fit beside the first, but the large one came before it.
        var later = budget.EnterAsync(30, CancellationToken.None).AsTask();
        await Task.Delay(Quiet);
        Assert.False(large.IsCompleted);
        Assert.False(later.IsCompleted);

        first.Dispose();
        var largeLease = await large.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(Quiet);
        Assert.False(later.IsCompleted);

        largeLease.Dispose();
        using var laterLease = await later.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(30, budget.InUse);
    }

    [Fact]
    public async Task A_cancelled_wait_holds_nothing_and_lets_those_behind_it_in()
    {
        var budget = new DocumentMemoryBudget(100, 10);
        var first = await budget.EnterAsync(50, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var large = budget.EnterAsync(80, cancel.Token).AsTask();
        var later = budget.EnterAsync(30, CancellationToken.None).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => large);
        using var laterLease = await later.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(80, budget.InUse);

        first.Dispose();
        Assert.Equal(30, budget.InUse);
    }

    [Fact]
    public async Task An_already_cancelled_token_does_not_wait()
    {
        var budget = new DocumentMemoryBudget(100, 10);
        using var first = await budget.EnterAsync(100, CancellationToken.None);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => budget.EnterAsync(50, new CancellationToken(canceled: true)).AsTask());
        Assert.Equal(100, budget.InUse);
    }

    [Fact]
    public async Task Work_that_throws_gives_its_share_back()
    {
        var budget = new DocumentMemoryBudget(100, 10);
        async Task WorkAsync()
        {
            using var lease = await budget.EnterAsync(100, CancellationToken.None);
            throw new InvalidOperationException("parse failed");
        }

        await Assert.ThrowsAsync<InvalidOperationException>(WorkAsync);
        Assert.Equal(0, budget.InUse);
        using var next = await budget.EnterAsync(100, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_lease_disposed_twice_gives_its_share_back_once()
    {
        var budget = new DocumentMemoryBudget(100, 10);
        using var other = await budget.EnterAsync(40, CancellationToken.None);
        var lease = await budget.EnterAsync(60, CancellationToken.None);
        lease.Dispose();
        lease.Dispose();
        Assert.Equal(40, budget.InUse);
    }
}
