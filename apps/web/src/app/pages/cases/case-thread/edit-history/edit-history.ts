import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { CommentRevision } from '@simpul/contracts';
import { LanguageService } from '../../../../core/language.service';
import { ErrorMessage } from '../../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../../ui/wib-date/wib-date.pipe';

/** The earlier versions of one comment, while they are asked for, or why they could not be. */
export interface HistoryState {
  id: string;
  revisions: CommentRevision[] | null;
  error: unknown;
}

/** A comment's edit history, newest version first. */
@Component({
  selector: 'sp-edit-history',
  imports: [MatProgressBarModule, TranslatePipe, ErrorMessage, WibDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './edit-history.html',
  styleUrl: './edit-history.scss',
})
export class EditHistory {
  protected readonly language = inject(LanguageService).language;
  readonly history = input.required<HistoryState>();
}
