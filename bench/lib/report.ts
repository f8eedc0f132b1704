import type { PostgresTarget } from './postgres';

/** One printed figure: Crossdesk's value beside its baseline measured in the same run. */
export interface Figure {
  id: string;
  name: string;
  value: number | null;
  unit: string;
  baselineName: string;
  baseline: number | null;
  /** How the ratio is formed, e.g. "crossdesk / baseline". */
  ratioLabel?: string;
  ratio?: number | null;
  target?: string;
  /** Whether the target is met (null when there is no target, or in --quick mode). */
  met?: boolean | null;
  note?: string;
}

export interface BenchOutcome {
  figures: Figure[];
  details: Record<string, unknown>;
}

export interface BenchContext {
  quick: boolean;
  pg: PostgresTarget;
  log(message: string): void;
}

export type Benchmark = (ctx: BenchContext) => Promise<BenchOutcome>;
