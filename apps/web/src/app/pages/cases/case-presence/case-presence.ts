import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslatePipe } from '@ngx-translate/core';
import type { PresenceMember } from '@simpul/contracts';

const AVATAR_COLOURS = [
  '#0b57d0',
  '#146c2e',
  '#8a5a00',
  '#b3261e',
  '#6750a4',
  '#00639b',
  '#7d5260',
];

/** "Budi Santoso" → "BS"; one name → its first two letters. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return words[0].slice(0, 2).toUpperCase();
  return (words[0][0] + words[words.length - 1][0]).toUpperCase();
}

function colourFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return AVATAR_COLOURS[hash % AVATAR_COLOURS.length];
}

/** Who else has the case open now: initials with their agency in a tooltip; idle ones dimmed. */
@Component({
  selector: 'sp-case-presence',
  imports: [MatTooltipModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (people().length > 0) {
      <div class="presence">
        <span class="label">{{ 'casePresence.label' | translate }}</span>
        <ul [attr.aria-label]="'casePresence.label' | translate">
          @for (person of people(); track person.userId) {
            <li
              class="avatar"
              tabindex="0"
              [class.idle]="person.idle"
              [style.background]="person.colour"
              [matTooltip]="person.tooltip | translate: person"
              [attr.data-user-id]="person.userId"
            >
              <span aria-hidden="true">{{ person.initials }}</span>
              <span class="visually-hidden">{{ person.tooltip | translate: person }}</span>
            </li>
          }
        </ul>
      </div>
    }
  `,
  styles: `
    .presence {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin: 0 0 12px;
    }
    .label {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .avatar {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 34px;
      height: 34px;
      border-radius: 50%;
      border: 2px solid var(--mat-sys-surface);
      box-shadow: 0 0 0 1px var(--mat-sys-outline-variant);
      color: #fff;
      font: var(--mat-sys-label-large);
      cursor: default;
      &:focus-visible {
        outline: 2px solid var(--mat-sys-primary);
        outline-offset: 2px;
      }
      &.idle {
        opacity: 0.45;
        filter: grayscale(0.6);
      }
    }
  `,
})
export class CasePresence {
  readonly members = input.required<PresenceMember[]>();

  protected readonly people = computed(() =>
    this.members().map((member) => ({
      userId: member.userId,
      name: member.name,
      agency: member.agencyName,
      idle: member.idle,
      initials: initials(member.name),
      colour: colourFor(member.userId),
      tooltip: member.idle ? 'casePresence.idle' : 'casePresence.active',
    })),
  );
}
