// Request counters for `/emulator/stats`: per method + OAS-style route template (every request, including
// 429s, 5xx and injected faults) and per response status. Dropped connections have no status; they are counted
// under `dropped`.

export interface StatsSnapshot {
  requests: Record<string, number>;
  statuses: Record<string, number>;
  dropped: number;
}

export class RequestStats {
  private requests = new Map<string, number>();
  private statuses = new Map<string, number>();
  private dropped = 0;

  countRequest(key: string): void {
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
  }

  countStatus(status: number): void {
    const key = String(status);
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
  }

  countDropped(): void {
    this.dropped += 1;
  }

  snapshot(): StatsSnapshot {
    return { requests: Object.fromEntries(this.requests), statuses: Object.fromEntries(this.statuses), dropped: this.dropped };
  }

  reset(): void {
    this.requests.clear();
    this.statuses.clear();
    this.dropped = 0;
  }
}

/** `/api/v2/jobs/:id` → `/api/v2/jobs/{id}` (the OAS spelling). */
export function routeTemplate(method: string, fastifyUrl: string | undefined, path: string): string {
  if (fastifyUrl !== undefined) return `${method} ${fastifyUrl.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
  // Unmatched routes: one bucket per API, so stray paths cannot grow the map without bound.
  return `${method} ${path.startsWith('/api/v2/') ? '/api/v2/*' : '*'}`;
}
