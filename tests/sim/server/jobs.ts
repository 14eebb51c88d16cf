// Log query jobs (log.data.xml.php, /api/ type=log, and the related-log RPC): each reports
// ACT for a number of polls, then FIN with its entries. Abandoned (finished) jobs are kept
// apart so tests can assert that nothing was left running. The release profile decides what a
// running job reports (ACT or RUN) and how entries are written (8.x or 10.x shape).

import type { LogEntry } from '../scenarios/types';
import { type ReleaseProfile, releaseProfile, shapeEntry } from './releases';

export interface Job {
  id: string;
  entries: LogEntry[];
  polls: number;
  abandoned: boolean;
  /** The log databases the job reads (for the failLogTypes fault). */
  logTypes: string[];
}

export interface JobStatus {
  status: 'ACT' | 'RUN' | 'FIN';
  progress: number;
  /** 10.x job elements `<tenq/><tdeq/><tlast/>` beside id and status. */
  jobTimes?: boolean;
}

export class JobStore {
  private readonly jobs = new Map<string, Job>();
  private nextId = 18;

  constructor(
    private readonly faults: () => { jobNeverFinishes: boolean; jobPollsToFinish: number },
    private readonly release: ReleaseProfile = releaseProfile(),
    /** The device's time zone: the 10.x high-resolution stamps carry its offset. */
    private readonly zone = 'UTC',
  ) {}

  enqueue(entries: LogEntry[], logTypes: string[] = []): Job {
    const shaped = entries.map((entry) => shapeEntry(this.release, entry, this.zone));
    const job: Job = { id: String(this.nextId++), entries: shaped, polls: 0, abandoned: false, logTypes };
    this.jobs.set(job.id, job);
    return job;
  }

  /** A poll: null for an unknown or abandoned job. */
  poll(id: string): { job: Job; status: JobStatus } | null {
    const job = this.jobs.get(id);
    if (!job || job.abandoned) return null;
    job.polls++;
    const { jobNeverFinishes, jobPollsToFinish } = this.faults();
    const needed = Math.max(0, jobPollsToFinish);
    const jobTimes = this.release.logShape === '10.x' ? { jobTimes: true } : {};
    if (jobNeverFinishes || job.polls <= needed) {
      const progress = Math.min(99, Math.floor((job.polls * 100) / (needed + 1)));
      return { job, status: { status: this.release.runningJobStatus, progress, ...jobTimes } };
    }
    return { job, status: { status: 'FIN', progress: 100, ...jobTimes } };
  }

  /** The log databases a job reads; [] for an unknown one. */
  logTypesOf(id: string): string[] {
    return this.jobs.get(id)?.logTypes ?? [];
  }

  /** action=finish: true when the job existed. */
  abandon(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job) return false;
    job.abandoned = true;
    return true;
  }

  abandonedIds(): string[] {
    return [...this.jobs.values()].filter((job) => job.abandoned).map((job) => job.id);
  }
}
