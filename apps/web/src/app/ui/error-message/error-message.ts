import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { describeError, pickLanguage } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';

/** Shows a failure in the user's language: the API's own message, or ours when it sent none. */
@Component({
  selector: 'sp-error-message',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (text(); as current) {
      <p class="error" role="alert">
        @if (current.kind === 'api') {
          {{ current.message }}
        } @else {
          {{ current.key | translate }}
        }
      </p>
    }
  `,
  styles: `
    .error {
      margin: 12px 0;
      padding: 10px 14px;
      border-radius: 8px;
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class ErrorMessage {
  readonly error = input<unknown>(null);
  private readonly language = inject(LanguageService).language;

  protected readonly text = computed(() => {
    const error = this.error();
    if (error === null || error === undefined) return null;
    const described = describeError(error);
    return described.kind === 'api'
      ? { kind: 'api' as const, message: pickLanguage(described.message, this.language()) }
      : described;
  });
}
