import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { LinkedCaseEvidence, LinkedCasePhoto } from '@simpul/contracts';
import { describeError, pickLanguage } from '../../../core/api-error';
import { ClarificationEvidenceService } from '../../../core/clarification-evidence.service';
import { LanguageService } from '../../../core/language.service';

/**
 * The field evidence of a draft's linked cases: to a reader of the case its title, status, road
 * (status and owner from the road registry) and photos, the public ones marked; to anyone else
 * only its number and the photos marked public. Hosted by the draft page:
 * `<sp-clarification-evidence [draftId]="id" />`.
 */
@Component({
  selector: 'sp-clarification-evidence',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{{ 'clarificationEvidence.title' | translate }}</h2>
      <p class="hint">{{ 'clarificationEvidence.hint' | translate }}</p>
      @if (error(); as e) {
        <p class="error" role="alert">{{ e | translate }}</p>
      }
      @if (loading()) {
        <p role="status">{{ 'clarificationEvidence.loading' | translate }}</p>
      } @else if (cases().length === 0 && !error()) {
        <p class="empty">{{ 'clarificationEvidence.noCases' | translate }}</p>
      } @else {
        <ul class="cases">
          @for (c of cases(); track c.caseId) {
            <li class="case" [attr.aria-labelledby]="'ev-' + c.caseId">
              <h3 [id]="'ev-' + c.caseId">
                @if (c.readable) {
                  <a [routerLink]="['/kasus', c.caseId]">{{ c.number }}</a>
                  · {{ c.title }}
                } @else {
                  {{ c.number }}
                }
              </h3>
              @if (c.readable) {
                <p class="meta">
                  @if (c.status) {
                    <span>{{ 'caseStatuses.' + c.status | translate }}</span>
                  }
                  @if (c.road; as road) {
                    <span class="road">
                      {{
                        'clarificationEvidence.road'
                          | translate
                            : {
                                name: road.name,
                                status: ('roadStatuses.' + road.status | translate),
                                owner: road.owner.shortName,
                              }
                      }}
                    </span>
                  } @else {
                    <span class="road">{{ 'clarificationEvidence.noRoad' | translate }}</span>
                  }
                </p>
              } @else {
                <p class="meta">{{ 'clarificationEvidence.notReadable' | translate }}</p>
              }
              @if (c.photos.length === 0) {
                <p class="empty">
                  {{
                    (c.readable
                      ? 'clarificationEvidence.noPhotos'
                      : 'clarificationEvidence.noPublicPhotos'
                    ) | translate
                  }}
                </p>
              } @else {
                <ul class="photos">
                  @for (p of c.photos; track p.attachmentId) {
                    <li>
                      <figure>
                        @if (images()[p.attachmentId]; as src) {
                          <img
                            [src]="src"
                            [alt]="
                              p.caption ||
                              ('clarificationEvidence.photoOf' | translate: { number: c.number })
                            "
                            width="160"
                            height="120"
                          />
                        } @else {
                          <div class="placeholder" aria-hidden="true"></div>
                        }
                        <figcaption>
                          @if (p.public) {
                            <span class="badge">{{
                              'clarificationEvidence.public' | translate
                            }}</span>
                          } @else {
                            <span class="badge private">{{
                              'clarificationEvidence.internal' | translate
                            }}</span>
                          }
                          {{ p.caption }}
                        </figcaption>
                      </figure>
                    </li>
                  }
                </ul>
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .hint,
    .meta {
      color: var(--mat-sys-on-surface-variant);
      margin: 0.25rem 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .cases,
    .photos {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .case {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 0.75rem;
      margin-top: 0.75rem;
    }
    .case h3 {
      margin: 0;
      font-size: 1rem;
      overflow-wrap: anywhere;
    }
    .photos {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
    figure {
      margin: 0;
    }
    img,
    .placeholder {
      width: 100%;
      height: auto;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      border-radius: 4px;
      background: var(--mat-sys-surface-container);
    }
    figcaption {
      font-size: 0.85rem;
      overflow-wrap: anywhere;
    }
    .badge {
      display: inline-block;
      padding: 0 0.4rem;
      border-radius: 4px;
      font-size: 0.75rem;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .badge.private {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ClarificationEvidenceComponent {
  readonly draftId = input.required<string>();

  private readonly api = inject(ClarificationEvidenceService);
  private readonly language = inject(LanguageService);

  readonly cases = signal<LinkedCaseEvidence[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  /** Object URLs of loaded photos, by attachment id. */
  readonly images = signal<Record<string, string>>({});

  constructor() {
    effect(() => this.load(this.draftId()));
    inject(DestroyRef).onDestroy(() => this.revoke());
  }

  load(id: string): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.evidence(id).subscribe({
      next: (cases) => {
        this.revoke();
        this.cases.set(cases);
        this.loading.set(false);
        for (const c of cases) for (const p of c.photos) this.loadPhoto(p);
      },
      error: (error: unknown) => {
        const text = describeError(error);
        this.error.set(
          text.kind === 'api' ? pickLanguage(text.message, this.language.language()) : text.key,
        );
        this.loading.set(false);
      },
    });
  }

  private loadPhoto(photo: LinkedCasePhoto): void {
    this.api.photo(photo.thumbnailUrl).subscribe({
      next: (blob) =>
        this.images.update((all) => ({
          ...all,
          [photo.attachmentId]: URL.createObjectURL(blob),
        })),
      // A photo that cannot be loaded keeps its placeholder; the caption still says what it is.
      error: () => undefined,
    });
  }

  private revoke(): void {
    for (const url of Object.values(this.images())) URL.revokeObjectURL(url);
    this.images.set({});
  }
}
