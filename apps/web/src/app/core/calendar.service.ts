import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CalendarDay, CalendarOverrideRequest, CalendarOverrideView } from '@simpul/contracts';
import type { Observable } from 'rxjs';

/** The working-day calendar every SLA clock uses: holidays, and the superadmin's corrections. */
@Injectable({ providedIn: 'root' })
export class CalendarService {
  private readonly http = inject(HttpClient);

  holidays(year: number): Observable<CalendarDay[]> {
    return this.http.get<CalendarDay[]>('/api/calendar/holidays', {
      params: new HttpParams().set('year', year),
    });
  }

  overrides(year: number): Observable<CalendarOverrideView[]> {
    return this.http.get<CalendarOverrideView[]>('/api/calendar/overrides', {
      params: new HttpParams().set('year', year),
    });
  }

  setOverride(request: CalendarOverrideRequest): Observable<CalendarDay[]> {
    return this.http.put<CalendarDay[]>('/api/calendar/overrides', request);
  }

  /** A year's decree in one go: one `YYYY-MM-DD Name` per line replaces the year's corrections. */
  enterDecree(year: number, text: string): Observable<CalendarDay[]> {
    return this.http.put<CalendarDay[]>(`/api/calendar/decrees/${year}`, { text });
  }

  removeOverride(date: string): Observable<void> {
    return this.http.delete<void>(`/api/calendar/overrides/${date}`);
  }
}
