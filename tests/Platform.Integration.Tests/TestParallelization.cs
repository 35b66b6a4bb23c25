// The broker-outage test stops the shared local RabbitMQ: no other test of this assembly may run meanwhile.
// The tests here start whole service processes on 2 cores anyway, so running them one at a time costs little.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
