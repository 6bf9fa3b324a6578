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

/** Settings the web app needs before sign-in (public, no secrets). */
export interface PublicSettings {
  /** Leaflet tile URL template; empty: maps show no background and still take pins and coordinates. */
  mapTileUrl: string;
  mapAttribution: string;
}
