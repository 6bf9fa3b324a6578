import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MentionCandidate } from '../mentions';

/**
 * The people and agencies offered after `@`, as the listbox the composer's combobox controls
 * (`thread-mentions`; the active option is `thread-mention-<index>`). The composer keeps the
 * keyboard; a pointer picks here without taking the focus from the text.
 */
@Component({
  selector: 'sp-mention-menu',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mention-menu.html',
  styleUrl: './mention-menu.scss',
})
export class MentionMenu {
  readonly options = input.required<MentionCandidate[]>();
  readonly activeIndex = input(0);
  readonly chosen = output<MentionCandidate>();
}
