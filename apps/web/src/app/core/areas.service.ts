import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  PLACE_TEXT_MAX_CHARS,
  type AreaOption,
  type PlaceBoundsResponse,
  type PlaceCandidate,
} from '@simpul/contracts';
import { shareReplay, type Observable } from 'rxjs';

/** East Java's regencies, districts and villages (Kemendagri codes), for filters and pickers. */
@Injectable({ providedIn: 'root' })
export class AreasService {
  private readonly http = inject(HttpClient);
  private regencyList: Observable<AreaOption[]> | null = null;

  /** The 38 regencies and cities; asked once per visit. */
  regencies(): Observable<AreaOption[]> {
    this.regencyList ??= this.http.get<AreaOption[]>('/api/areas/regencies').pipe(shareReplay(1));
    return this.regencyList;
  }

  districts(regencyCode: string): Observable<AreaOption[]> {
    return this.http.get<AreaOption[]>('/api/areas/districts', {
      params: new HttpParams().set('regency', regencyCode),
    });
  }

  /** East Java places a free text names, best first (the API's place finder). */
  suggestPlaces(text: string): Observable<PlaceCandidate[]> {
    // In the body, capped: a long pasted message in the URL was refused (HTTP 431).
    return this.http.post<PlaceCandidate[]>('/api/places/suggest', {
      text: text.slice(0, PLACE_TEXT_MAX_CHARS),
    });
  }

  /** Where a place lies on the map, from its registered roads (null bounds: not known). */
  placeBounds(code: string): Observable<PlaceBoundsResponse> {
    return this.http.get<PlaceBoundsResponse>('/api/jurisdiction/place-bounds', {
      params: new HttpParams().set('code', code),
    });
  }

  villages(districtCode: string): Observable<AreaOption[]> {
    return this.http.get<AreaOption[]>('/api/areas/villages', {
      params: new HttpParams().set('district', districtCode),
    });
  }
}
