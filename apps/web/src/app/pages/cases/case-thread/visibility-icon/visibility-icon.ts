import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CommentVisibility } from '@simpul/contracts';

/** The sign of a comment's audience: a padlock for internal notes, a globe for public replies. */
@Component({
  selector: 'sp-visibility-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './visibility-icon.html',
  styleUrl: './visibility-icon.scss',
})
export class VisibilityIcon {
  readonly visibility = input.required<CommentVisibility>();
}
