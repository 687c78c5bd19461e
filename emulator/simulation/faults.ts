// Fault injection, reproducible with a seed: each API request draws from one seeded PRNG in arrival order.
// Spec: comma-separated `key=value`:
//   500=P  503=P  5xx=P (split evenly)   share of responses replaced by that error (before the handler runs)
//   drop=P                               share of requests whose socket is destroyed after the handler ran
//   storm=P[/N]                          chance per request that a burst of N (default 10) 429s starts
//   jobfail=P                            share of import jobs that end `failed` with no summary (/errors 204),
//                                        after writing a seeded share of their file
import { seededRandom, type Random } from './prng';

export interface FaultSpec {
  error500: number;
  error503: number;
  drop: number;
  storm: number;
  stormLength: number;
  jobFail: number;
}

export const NO_FAULTS: FaultSpec = { error500: 0, error503: 0, drop: 0, storm: 0, stormLength: 10, jobFail: 0 };

export function parseFaults(spec: string): FaultSpec {
  const faults: FaultSpec = { ...NO_FAULTS };
  const trimmed = spec.trim();
  if (trimmed === '' || trimmed === 'off' || trimmed === 'none') return faults;
  for (const part of trimmed.split(',')) {
    const [rawKey, rawValue] = part.split('=').map((s) => s.trim());
    if (!rawKey || rawValue === undefined) throw new Error(`invalid fault "${part}" in "${spec}": expected key=value`);
    const [shareText, lengthText] = rawValue.split('/');
    const share = Number(shareText);
    if (!Number.isFinite(share) || share < 0 || share > 1) {
      throw new Error(`invalid fault share "${rawValue}" for "${rawKey}": expected a number between 0 and 1`);
    }
    switch (rawKey) {
      case '500': faults.error500 = share; break;
      case '503': faults.error503 = share; break;
      case '5xx': faults.error500 = share / 2; faults.error503 = share / 2; break;
      case 'drop': faults.drop = share; break;
      case 'jobfail': faults.jobFail = share; break;
      case 'storm': {
        faults.storm = share;
        if (lengthText !== undefined) {
          const length = Number(lengthText);
          if (!Number.isInteger(length) || length < 1) throw new Error(`invalid storm length "${lengthText}"`);
          faults.stormLength = length;
        }
        break;
      }
      default:
        throw new Error(`unknown fault "${rawKey}" in "${spec}": use 500, 503, 5xx, drop, storm, jobfail`);
    }
  }
  return faults;
}

export type RequestFault = 'none' | 'error500' | 'error503' | 'drop' | 'storm429';

export class FaultInjector {
  private random: Random;
  private stormLeft = 0;

  constructor(private spec: FaultSpec, private seed: number) {
    this.random = seededRandom(seed);
  }

  configure(spec: FaultSpec, seed?: number): void {
    this.spec = spec;
    if (seed !== undefined) this.seed = seed;
    this.random = seededRandom(this.seed);
    this.stormLeft = 0;
  }

  get current(): { spec: FaultSpec; seed: number } {
    return { spec: this.spec, seed: this.seed };
  }

  /** One decision per API request. Draws exactly one number, so the sequence depends only on request order. */
  nextRequestFault(): RequestFault {
    const { error500, error503, drop, storm, stormLength } = this.spec;
    if (error500 + error503 + drop + storm === 0 && this.stormLeft === 0) return 'none';
    const roll = this.random();
    if (this.stormLeft > 0) {
      this.stormLeft -= 1;
      return 'storm429';
    }
    let threshold = storm;
    if (roll < threshold) {
      this.stormLeft = stormLength - 1;
      return 'storm429';
    }
    threshold += error500;
    if (roll < threshold) return 'error500';
    threshold += error503;
    if (roll < threshold) return 'error503';
    threshold += drop;
    if (roll < threshold) return 'drop';
    return 'none';
  }

  /** For a failing job: the seeded share of its file that is written before it fails. */
  nextShare(): number {
    return this.random();
  }

  nextJobFails(): boolean {
    if (this.spec.jobFail === 0) return false;
    return this.random() < this.spec.jobFail;
  }
}
