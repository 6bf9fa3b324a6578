import {
  ChangeDetectionStrategy,
  Component,
  InjectionToken,
  effect,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { CalendarDay, CalendarOverrideView } from '@simpul/contracts';
import { forkJoin, type Observable } from 'rxjs';
import { AuthService } from '../../core/auth.service';
import { CalendarService } from '../../core/calendar.service';
import { LanguageService } from '../../core/language.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { WibDatePipe } from '../../ui/wib-date/wib-date.pipe';

/** The clock the page reads "now" from (tests give it a fixed date). */
export const CALENDAR_NOW = new InjectionToken<() => Date>('CALENDAR_NOW', {
  factory: () => () => new Date(),
});

/**
 * The year whose calendar admins must have by now: next year, from November (WIB) on; before
 * November, null (the decree usually appears around September).
 */
export function calendarDueYear(now: Date): number | null {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' })
    .format(now)
    .split('-')
    .map(Number);
  return month >= 11 ? year + 1 : null;
}

/** A year's calendar was entered when any of its days comes from a decree or a correction. */
export function calendarEntered(days: readonly CalendarDay[]): boolean {
  return days.some((day) => day.source === 'override');
}

/**
 * The working-day calendar (Kalender kerja): the year's holidays from the holiday library and the
 * superadmin's corrections (cuti bersama decrees, a holiday moved, a holiday cancelled). Every
 * SLA clock follows it; an edit moves the running clocks' deadlines.
 */
@Component({
  selector: 'sp-calendar-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'calendarPage.title' | translate }}</h1>
    </header>
    <p class="page-lead">{{ 'calendarPage.lead' | translate }}</p>
    @if (missingYear(); as missing) {
      <p class="warning" role="alert">
        {{ 'calendarPage.nextYearMissing' | translate: { year: missing } }}
      </p>
    }
    <div class="year" role="group" [attr.aria-label]="'calendarPage.year' | translate">
      <button mat-stroked-button type="button" (click)="year.set(year() - 1)">
        ← {{ year() - 1 }}
      </button>
      <strong aria-live="polite">{{ year() }}</strong>
      <button mat-stroked-button type="button" (click)="year.set(year() + 1)">
        {{ year() + 1 }} →
      </button>
    </div>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    <sp-error-message [error]="error()" />

    <h2>{{ 'calendarPage.holidays' | translate: { year: year() } }}</h2>
    <table class="days data-table">
      <thead>
        <tr>
          <th scope="col">{{ 'calendarPage.date' | translate }}</th>
          <th scope="col">{{ 'calendarPage.name' | translate }}</th>
          <th scope="col">{{ 'calendarPage.source' | translate }}</th>
        </tr>
      </thead>
      <tbody>
        @for (day of holidays(); track day.date) {
          <tr>
            <td [attr.data-label]="'calendarPage.date' | translate">
              {{ day.date + 'T05:00:00Z' | wibDate: language() : false }}
            </td>
            <td [attr.data-label]="'calendarPage.name' | translate">{{ day.name }}</td>
            <td [attr.data-label]="'calendarPage.source' | translate">
              {{ 'calendarPage.sources.' + day.source | translate }}
            </td>
          </tr>
        } @empty {
          <tr>
            <td colspan="3">{{ 'calendarPage.noHolidays' | translate }}</td>
          </tr>
        }
      </tbody>
    </table>

    <h2>{{ 'calendarPage.overrides' | translate }}</h2>
    @if (overrides().length === 0) {
      <p class="hint">{{ 'calendarPage.noOverrides' | translate }}</p>
    } @else {
      <ul class="overrides">
        @for (override of overrides(); track override.date) {
          <li>
            <span>
              {{ override.date + 'T05:00:00Z' | wibDate: language() : false }} ·
              {{ 'calendarPage.kinds.' + override.kind | translate }}
              @if (override.name) {
                · {{ override.name }}
              }
            </span>
            @if (isSuperadmin()) {
              <button
                mat-button
                type="button"
                [disabled]="saving()"
                (click)="remove(override)"
                [attr.aria-label]="'calendarPage.removeLabel' | translate: { date: override.date }"
              >
                {{ 'calendarPage.remove' | translate }}
              </button>
            }
          </li>
        }
      </ul>
    }

    @if (isSuperadmin()) {
      <form class="add" (submit)="$event.preventDefault(); add()">
        <h2>{{ 'calendarPage.add' | translate }}</h2>
        <mat-button-toggle-group
          hideSingleSelectionIndicator
          [value]="kind()"
          (change)="kind.set($event.value)"
          [attr.aria-label]="'calendarPage.kindLabel' | translate"
        >
          <mat-button-toggle value="holiday">{{
            'calendarPage.kinds.holiday' | translate
          }}</mat-button-toggle>
          <mat-button-toggle value="working">{{
            'calendarPage.kinds.working' | translate
          }}</mat-button-toggle>
        </mat-button-toggle-group>
        <div class="fields">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'calendarPage.date' | translate }}</mat-label>
            <input
              matInput
              id="calendar-date"
              type="date"
              name="date"
              [(ngModel)]="date"
              required
            />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'calendarPage.name' | translate }}</mat-label>
            <input matInput id="calendar-name" name="name" [(ngModel)]="name" maxlength="120" />
            <mat-hint>{{ 'calendarPage.nameHint' | translate }}</mat-hint>
          </mat-form-field>
        </div>
        <button mat-flat-button type="submit" [disabled]="saving() || !date">
          {{ 'calendarPage.save' | translate }}
        </button>
      </form>
      <form class="decree" (submit)="$event.preventDefault(); enterDecree()">
        <h2>{{ 'calendarPage.decree' | translate: { year: year() } }}</h2>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'calendarPage.decreeLabel' | translate: { year: year() } }}</mat-label>
          <textarea
            matInput
            id="calendar-decree"
            name="decree"
            rows="8"
            [(ngModel)]="decree"
            [placeholder]="year() + '-01-01 Tahun Baru ' + year() + ' Masehi'"
          ></textarea>
          <mat-hint>{{ 'calendarPage.decreeHint' | translate: { year: year() } }}</mat-hint>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving() || !decree.trim()">
          {{ 'calendarPage.decreeSave' | translate: { year: year() } }}
        </button>
      </form>
    } @else {
      <p class="hint">{{ 'calendarPage.readOnly' | translate }}</p>
    }
  `,
  styles: `
    .hint {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .year {
      display: flex;
      align-items: center;
      gap: 12px;
      margin: 12px 0;
    }
    .overrides {
      list-style: none;
      padding: 0;
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        padding: 4px 0;
      }
    }
    .warning {
      font: var(--mat-sys-body-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-radius: 8px;
      padding: 12px 16px;
    }
    .decree {
      margin-top: 24px;
      mat-form-field {
        width: 100%;
      }
      textarea {
        font-family: monospace;
      }
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 0 12px;
      margin-top: 12px;
    }
  `,
})
export class CalendarPage {
  private readonly calendar = inject(CalendarService);
  protected readonly isSuperadmin = inject(AuthService).isSuperadmin;
  protected readonly language = inject(LanguageService).language;

  private readonly now = inject(CALENDAR_NOW)();
  protected readonly year = signal(Number(this.now.toISOString().slice(0, 4)));
  protected readonly holidays = signal<CalendarDay[]>([]);
  protected readonly overrides = signal<CalendarOverrideView[]>([]);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly kind = signal<'holiday' | 'working'>('holiday');
  protected date = '';
  protected name = '';
  protected decree = '';
  /** Next year, when its calendar is due (November on) and has not been entered; else null. */
  protected readonly missingYear = signal<number | null>(null);

  constructor() {
    effect(() => this.load(this.year()));
    const due = calendarDueYear(this.now);
    if (due !== null)
      this.calendar.holidays(due).subscribe({
        next: (days) => this.missingYear.set(calendarEntered(days) ? null : due),
        error: () => this.missingYear.set(null),
      });
  }

  protected enterDecree(): void {
    if (!this.decree.trim() || this.saving()) return;
    const year = this.year();
    this.save(this.calendar.enterDecree(year, this.decree), () => {
      this.decree = '';
      if (this.missingYear() === year) this.missingYear.set(null);
    });
  }

  protected add(): void {
    if (!this.date || this.saving()) return;
    this.save(
      this.calendar.setOverride({
        date: this.date,
        kind: this.kind(),
        ...(this.name.trim() ? { name: this.name.trim() } : {}),
      }),
      () => {
        this.year.set(Number(this.date.slice(0, 4)));
        this.date = '';
        this.name = '';
      },
    );
  }

  protected remove(override: CalendarOverrideView): void {
    this.save(this.calendar.removeOverride(override.date), () => undefined);
  }

  private save(request: Observable<unknown>, then: () => void): void {
    this.saving.set(true);
    this.error.set(null);
    request.subscribe({
      next: () => {
        this.saving.set(false);
        then();
        this.load(this.year());
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(error);
      },
    });
  }

  private load(year: number): void {
    this.loading.set(true);
    forkJoin([this.calendar.holidays(year), this.calendar.overrides(year)]).subscribe({
      next: ([holidays, overrides]) => {
        this.loading.set(false);
        this.holidays.set(holidays);
        this.overrides.set(overrides);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(error);
      },
    });
  }
}
