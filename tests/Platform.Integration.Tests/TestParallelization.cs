// The tests here start whole service processes on 2 cores and pass settings to them through this process's
// environment, so they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
