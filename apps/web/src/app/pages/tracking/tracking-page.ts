import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { PublicTrackingView } from '@simpul/contracts';
import type { Observable } from 'rxjs';
import { apiErrorBody, httpStatus, type Bilingual } from '../../core/api-error';
import { caseStatusKey } from '../../core/case-labels';
import { LanguageService } from '../../core/language.service';
import {
  PublicTrackingService,
  tokenFromFragment,
  type TrackingCredentials,
} from '../../core/public-tracking.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { LocalizedPipe } from '../../ui/localized/localized.pipe';
import { WibDatePipe } from '../../ui/wib-date/wib-date.pipe';

/** The API's limits. */
const REPLY_MAX = 2000;
const REASON_MAX = 1000;
const COMMENT_MAX = 500;

type Busy = 'reply' | 'confirm' | 'dispute' | 'rate' | null;

/**
 * The reporter's tracking page (`/lacak/:caseNumber#t=<code>`): no sign-in, the secret code from
 * the officer's message is the permission. Opened bare (`/lacak`), it asks for the case number and
 * the code. Phone first: one column, the status on top, actions at hand.
 */
@Component({
  selector: 'sp-tracking-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    LocalizedPipe,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tracking-page.html',
  styleUrl: './tracking-page.scss',
})
export class TrackingPage {
  private readonly tracking = inject(PublicTrackingService);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService).language;
  protected readonly limits = { reply: REPLY_MAX, reason: REASON_MAX, comment: COMMENT_MAX };
  protected readonly stars = [1, 2, 3, 4, 5] as const;
  protected readonly statusKey = caseStatusKey;

  /** From the route path `/lacak/:caseNumber` (empty when opened bare). */
  readonly caseNumber = input<string | undefined>('');
  /** `?t=<code>`, for links whose fragment was lost on the way. */
  readonly t = input<string | undefined>('');
  private readonly fragment = toSignal(inject(ActivatedRoute).fragment, { initialValue: null });
  /** What the reporter typed into the look-up form, which wins over the link. */
  private readonly typed = signal<TrackingCredentials | null>(null);

  protected readonly credentials = computed<TrackingCredentials | undefined>(() => {
    const typed = this.typed();
    if (typed) return typed;
    const caseNumber = (this.caseNumber() ?? '').trim();
    const token = tokenFromFragment(this.fragment()) ?? (this.t() ?? '').trim();
    return caseNumber && token ? { caseNumber, token } : undefined;
  });

  protected readonly page = rxResource({
    params: () => this.credentials(),
    stream: ({ params }) => this.tracking.view(params),
  });
  protected readonly notFound = computed(() => httpStatus(this.page.error()) === 404);

  protected readonly lookup = new FormGroup({
    caseNumber: new FormControl('', { nonNullable: true, validators: Validators.required }),
    token: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly replyForm = new FormGroup({
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(REPLY_MAX)],
    }),
  });
  protected readonly disputeForm = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(REASON_MAX)],
    }),
  });
  protected readonly ratingForm = new FormGroup({
    stars: new FormControl<number | null>(null, Validators.required),
    comment: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(COMMENT_MAX),
    }),
  });

  protected readonly busy = signal<Busy>(null);
  protected readonly actionError = signal<{ action: Busy; error: unknown } | null>(null);
  protected readonly disputing = signal(false);
  protected readonly replySent = signal(false);
  protected readonly ratingSaved = signal(false);
  protected readonly missingStars = signal(false);

  constructor() {
    // The look-up form starts with the number from the link; the rating form with the rating given.
    effect(() => {
      const caseNumber = this.caseNumber();
      if (caseNumber && this.lookup.controls.caseNumber.pristine)
        this.lookup.controls.caseNumber.setValue(caseNumber);
    });
    effect(() => {
      const rating = this.page.hasValue() ? this.page.value().rating : null;
      if (rating && this.ratingForm.pristine)
        this.ratingForm.setValue({ stars: rating.stars, comment: rating.comment ?? '' });
    });
  }

  /** What the API said about a field of the failed action, shown next to it. */
  protected fieldError(field: string): Bilingual | null {
    return (
      apiErrorBody(this.actionError()?.error)?.fields?.find((f) => f.field === field)?.message ??
      null
    );
  }

  protected errorOf(action: Busy): unknown {
    const current = this.actionError();
    return current?.action === action ? current.error : null;
  }

  protected openReport(): void {
    if (this.lookup.invalid) {
      this.lookup.markAllAsTouched();
      return;
    }
    const caseNumber = this.lookup.controls.caseNumber.value.trim().toUpperCase();
    const token =
      tokenFromFragment(this.lookup.controls.token.value.trim().replace(/^.*#/, '')) ??
      this.lookup.controls.token.value.trim();
    this.typed.set({ caseNumber, token });
    // The address bar keeps the link (the code stays in the fragment, out of server logs).
    void this.router.navigate(['/lacak', caseNumber], { fragment: `t=${token}`, replaceUrl: true });
  }

  protected sendReply(): void {
    if (this.replyForm.invalid) {
      this.replyForm.markAllAsTouched();
      return;
    }
    this.run(
      'reply',
      (c) => this.tracking.reply(c, { body: this.replyForm.controls.body.value.trim() }),
      () => {
        this.replyForm.reset();
        this.replySent.set(true);
      },
    );
  }

  protected confirmResolved(): void {
    this.run('confirm', (c) => this.tracking.confirm(c));
  }

  protected sendDispute(): void {
    if (this.disputeForm.invalid) {
      this.disputeForm.markAllAsTouched();
      return;
    }
    this.run(
      'dispute',
      (c) => this.tracking.dispute(c, { reason: this.disputeForm.controls.reason.value.trim() }),
      () => {
        this.disputeForm.reset();
        this.disputing.set(false);
      },
    );
  }

  protected sendRating(): void {
    const stars = this.ratingForm.controls.stars.value;
    this.missingStars.set(stars === null);
    if (stars === null || this.ratingForm.invalid) {
      this.ratingForm.markAllAsTouched();
      return;
    }
    const comment = this.ratingForm.controls.comment.value.trim();
    this.run(
      'rate',
      (c) => this.tracking.rate(c, { stars, ...(comment ? { comment } : {}) }),
      () => this.ratingSaved.set(true),
    );
  }

  private run(
    action: Exclude<Busy, null>,
    request: (credentials: TrackingCredentials) => Observable<PublicTrackingView>,
    done?: () => void,
  ): void {
    const credentials = this.credentials();
    if (!credentials || this.busy()) return;
    this.busy.set(action);
    this.actionError.set(null);
    this.replySent.set(false);
    this.ratingSaved.set(false);
    request(credentials).subscribe({
      next: (view) => {
        this.busy.set(null);
        this.page.set(view);
        done?.();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.actionError.set({ action, error });
      },
    });
  }
}
