using Platform.Hosting.Memory;

namespace Platform.Hosting.Tests.Memory;

public sealed class DocumentAdmissionTests
{
    public static TheoryData<string, long, long, long, long> UnitsCases => new()
    {
        // label, chars, budget, unmetered, units
        { "a small document counts nothing", 1_000, 8_000_000, 262_144, 0 },
        { "a document at the threshold counts nothing", 262_144, 8_000_000, 262_144, 0 },
        { "a document over the threshold counts its size", 262_145, 8_000_000, 262_144, 262_145 },
        { "a document larger than the budget counts the whole budget", 12_000_000, 8_000_000, 262_144, 8_000_000 },
        { "with no threshold every document counts", 1, 8_000_000, 0, 1 },
    };

    [Theory]
    [MemberData(nameof(UnitsCases))]
    public void A_document_takes_its_size_from_the_budget_above_the_threshold_and_at_most_the_budget(string label, long chars, long budget, long unmetered, long units) =>
        Assert.True(DocumentAdmission.Units(chars, budget, unmetered) == units, label);

    public static TheoryData<string, long, long, long, bool, bool> EntersCases => new()
    {
        // label, units, in use, budget, others waiting, enters
        { "unmetered enters a full budget", 0, 100, 100, false, true },
        { "unmetered enters past waiting documents", 0, 100, 100, true, true },
        { "fits beside the documents at work", 30, 60, 100, false, true },
        { "fits exactly", 40, 60, 100, false, true },
        { "does not fit", 41, 60, 100, false, false },
        { "the whole budget enters an idle process", 100, 0, 100, false, true },
        { "the whole budget waits for any document at work", 100, 1, 100, false, false },
        { "fits but someone waits ahead of it", 10, 60, 100, true, false },
    };

    [Theory]
    [MemberData(nameof(EntersCases))]
    public void A_metered_document_enters_only_when_it_fits_and_nobody_waits_ahead(string label, long units, long inUse, long budget, bool othersWaiting, bool enters) =>
        Assert.True(DocumentAdmission.Enters(units, inUse, budget, othersWaiting) == enters, label);

    public static TheoryData<string, long, long> BudgetCases => new()
    {
        // label, GC heap limit, budget in characters
        { "a 512 MiB heap holds 384 MiB of documents", 512L << 20, (384L << 20) / DocumentAdmission.HeapBytesPerChar },
        { "a 1 GiB heap holds 896 MiB of documents", 1L << 30, (896L << 20) / DocumentAdmission.HeapBytesPerChar },
        { "a heap smaller than the reserve still admits documents one at a time", 64L << 20, 1 },
    };

    [Theory]
    [MemberData(nameof(BudgetCases))]
    public void The_default_budget_is_what_the_heap_holds_beside_the_host_s_own_needs(string label, long heapBytes, long budget) =>
        Assert.True(DocumentAdmission.BudgetFor(heapBytes) == budget, label);

    [Fact]
    public void Two_maximum_bodies_do_not_fit_the_default_budget_of_a_512_MiB_heap_and_one_does()
    {
        // The hosts' heap under their 1 Gi limit (deploy/k8s/base, 50% in the image) and the maximum text body.
        var budget = DocumentAdmission.BudgetFor(512L << 20);
        Assert.InRange(3_990_000, 1, budget);
        Assert.True(2 * 3_990_000 > budget);
    }
}
