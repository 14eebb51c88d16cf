// Log query jobs (log.data.xml.php, /api/ type=log, and the related-log RPC): each reports
// ACT for a number of polls, then FIN with its entries. Abandoned (finished) jobs are kept
// apart so tests can assert that nothing was left running.

import type { LogEntry } from '../scenarios/types';

export interface Job {
  id: string;
  entries: LogEntry[];
  polls: number;
  abandoned: boolean;
  /** The log databases the job reads (for the failLogTypes fault). */
  logTypes: string[];
}

export interface JobStatus {
  status: 'ACT' | 'FIN';
  progress: number;
}

export class JobStore {
  private readonly jobs = new Map<string, Job>();
  private nextId = 18;

  constructor(private readonly faults: () => { jobNeverFinishes: boolean; jobPollsToFinish: number }) {}

  enqueue(entries: LogEntry[], logTypes: string[] = []): Job {
    const job: Job = { id: String(this.nextId++), entries, polls: 0, abandoned: false, logTypes };
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
    if (jobNeverFinishes || job.polls <= needed) {
      return {
        job,
        status: { status: 'ACT', progress: Math.min(99, Math.floor((job.polls * 100) / (needed + 1))) },
      };
    }
    return { job, status: { status: 'FIN', progress: 100 } };
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
