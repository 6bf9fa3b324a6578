import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  JurisdictionPermissions,
  OwnerSuggestion,
  OwnerSuggestionQuery,
  RegistryImportFormat,
  RoadRegistryVersion,
  RoadSegmentsAnswer,
  RoutingRuleView,
  SaveRoutingRuleRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';

/** A box in degrees, as the registry map asks for its segments. */
export interface LngLatBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export interface RegistryImportOptions {
  label: string;
  /** YYYY-MM-DD: the day the new segments take effect. */
  validFrom: string;
  format?: RegistryImportFormat;
  /** Close every segment in force that the file does not carry again (a whole new network). */
  replaceNetwork?: boolean;
}

const rulesUrl = '/api/jurisdiction/rules';

/** The road-status registry, the routing rules and the owner suggestion (issue #13). */
@Injectable({ providedIn: 'root' })
export class JurisdictionService {
  private readonly http = inject(HttpClient);

  permissions(): Observable<JurisdictionPermissions> {
    return this.http.get<JurisdictionPermissions>('/api/jurisdiction/permissions');
  }

  /** Who owns the case: only for whoever may read it. */
  caseSuggestion(caseId: string): Observable<OwnerSuggestion> {
    return this.http.get<OwnerSuggestion>(
      `/api/cases/${encodeURIComponent(caseId)}/owner-suggestion`,
    );
  }

  /** Who owns a point, a text naming a road, or a category in an area. */
  suggest(query: OwnerSuggestionQuery): Observable<OwnerSuggestion> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== null && value !== '')
        params = params.set(key, String(value));
    return this.http.get<OwnerSuggestion>('/api/jurisdiction/suggest', { params });
  }

  segments(box: LngLatBox, asOf?: string): Observable<RoadSegmentsAnswer> {
    let params = new HttpParams()
      .set('minLng', box.minLng)
      .set('minLat', box.minLat)
      .set('maxLng', box.maxLng)
      .set('maxLat', box.maxLat);
    if (asOf) params = params.set('asOf', asOf);
    return this.http.get<RoadSegmentsAnswer>('/api/jurisdiction/segments', { params });
  }

  versions(): Observable<RoadRegistryVersion[]> {
    return this.http.get<RoadRegistryVersion[]>('/api/jurisdiction/registry/versions');
  }

  version(id: string): Observable<RoadRegistryVersion> {
    return this.http.get<RoadRegistryVersion>(
      `/api/jurisdiction/registry/versions/${encodeURIComponent(id)}`,
    );
  }

  /** Uploads a registry file; the answer is the queued version (its job runs in the background). */
  startImport(file: File, options: RegistryImportOptions): Observable<RoadRegistryVersion> {
    const body = new FormData();
    body.append('file', file, file.name);
    let params = new HttpParams().set('label', options.label).set('validFrom', options.validFrom);
    if (options.format) params = params.set('format', options.format);
    if (options.replaceNetwork) params = params.set('replaceNetwork', true);
    return this.http.post<RoadRegistryVersion>('/api/jurisdiction/registry/imports', body, {
      params,
    });
  }

  cancelImport(id: string): Observable<RoadRegistryVersion> {
    return this.http.post<RoadRegistryVersion>(
      `/api/jurisdiction/registry/versions/${encodeURIComponent(id)}/cancel`,
      {},
    );
  }

  rules(includeClosed = false): Observable<RoutingRuleView[]> {
    return this.http.get<RoutingRuleView[]>(rulesUrl, {
      params: new HttpParams().set('includeClosed', includeClosed),
    });
  }

  createRule(body: SaveRoutingRuleRequest): Observable<RoutingRuleView> {
    return this.http.post<RoutingRuleView>(rulesUrl, body);
  }

  /** A new version of the rule from today; the old one stays in the history. */
  updateRule(id: string, body: SaveRoutingRuleRequest): Observable<RoutingRuleView> {
    return this.http.put<RoutingRuleView>(`${rulesUrl}/${encodeURIComponent(id)}`, body);
  }

  closeRule(id: string): Observable<void> {
    return this.http.delete<void>(`${rulesUrl}/${encodeURIComponent(id)}`);
  }
}
