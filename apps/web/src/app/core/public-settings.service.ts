import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PublicSettings } from '@simpul/contracts';
import { catchError, of, shareReplay, type Observable } from 'rxjs';

/** No background map: the map still takes pins and typed coordinates. */
export const NO_MAP_TILES: PublicSettings = { mapTileUrl: '', mapAttribution: '' };

/** Settings readable before sign-in (the map's tile server), fetched once per visit. */
@Injectable({ providedIn: 'root' })
export class PublicSettingsService {
  private readonly http = inject(HttpClient);
  private cached: Observable<PublicSettings> | null = null;

  /** Never fails: without settings the map simply has no background. */
  settings(): Observable<PublicSettings> {
    this.cached ??= this.http.get<PublicSettings>('/api/public/settings').pipe(
      catchError(() => {
        this.cached = null; // ask again next time rather than remember a passing failure
        return of(NO_MAP_TILES);
      }),
      shareReplay(1),
    );
    return this.cached;
  }
}
