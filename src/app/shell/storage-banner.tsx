import { useStore } from 'zustand';
import { downloadFile } from '../../lib/download';
import { dismissStorageProblem, storageStatus } from '../../lib/storage-status';

/** Tells the user, calmly and specifically, when saving or loading went wrong, and offers the backup. */
export function StorageBanner() {
  const problems = useStore(storageStatus, (s) => s.problems);
  if (problems.length === 0) return null;
  return (
    <div className="banners" role="region" aria-label="Saving and loading">
      {problems.map((problem) => (
        <div key={problem.at} className={`banner ${problem.kind === 'quota' || problem.kind === 'unavailable' ? 'banner--danger' : 'banner--warning'}`} role="alert">
          <p className="banner__text">{problem.message}</p>
          <div className="banner__actions">
            {problem.backupText !== undefined ? (
              <button
                type="button"
                className="button button--small"
                onClick={() =>
                  downloadFile(
                    `outage-kit-backup-${new Date(problem.at).toISOString().replace(/[:.]/g, '-')}.txt`,
                    problem.backupText ?? '',
                  )
                }
              >
                Download backup
              </button>
            ) : null}
            <button type="button" className="button button--small button--quiet" onClick={() => dismissStorageProblem(problem.at)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
