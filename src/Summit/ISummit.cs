using Summit.Documents;

namespace Summit;

/// <summary>Reconciles several reports of one story into facts and a merged, attributed timeline.</summary>
public interface ISummit
{
    /// <summary>Runs the whole flow over <paramref name="reports"/>.</summary>
    /// <param name="reports">The reports of one story; ids must be unique.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The reconciliation; problems that did not stop the run are in its diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="SummitException">No reports, two reports share an id, or a report cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    Reconciliation Reconcile(IEnumerable<ReportInput> reports, CancellationToken cancellationToken = default);
}
