export type ComponentStatus = 'up' | 'down';

/** Response of `GET /api/health`: 200 when every component is up, 503 otherwise. */
export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: ComponentStatus;
  version: string;
  uptimeSeconds: number;
  /** ISO-8601 time at which the server answered. */
  time: string;
}
