namespace Platform.Storage;

/// <summary>The <c>failures</c> collection.</summary>
public interface IFailureStore
{
    Task RecordAsync(Failure failure, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Failure>> ListAsync(string subjectId, CancellationToken cancellationToken = default);
}
