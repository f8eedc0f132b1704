/** Enum values as a person reads them. */
export const SLA_STATE_WORDS: Record<string, string> = { ON_TRACK: 'On track', AT_RISK: 'At risk', BREACHED: 'Breached', MET: 'Met' };
export const SLA_STATE_COLORS: Record<string, string> = { ON_TRACK: 'teal', AT_RISK: 'orange', BREACHED: 'red', MET: 'blue' };
export const STATUS_WORDS: Record<string, string> = {
  OPEN: 'Open',
  ACCEPTED: 'Accepted',
  INFORMATION_REQUESTED: 'Information requested',
  REJECTED: 'Rejected',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
};
export const PRIORITY_WORDS: Record<string, string> = { P1: 'P1 · system down', P2: 'P2 · high', P3: 'P3 · medium', P4: 'P4 · low' };
export const KIND_WORDS: Record<string, string> = {
  COLLABORATIVE: 'Collaborative support',
  SOLUTION: 'Solution support',
  OEM: 'OEM escalation',
  SERVICE_PROVIDER: 'Service provider',
  CRITICAL_ESCALATION: 'Critical escalation',
};
export const CLOCK_WORDS: Record<string, string> = { RESPONSE: 'Response', UPDATE: 'Update', RESOLUTION: 'Resolution' };

/** "REQUEST_SUBMITTED" → "Request submitted". */
export function humanize(value: string): string {
  const s = value.toLowerCase().replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
