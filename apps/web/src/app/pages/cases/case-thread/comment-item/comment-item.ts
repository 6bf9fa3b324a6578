import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseAttachment, CommentView } from '@simpul/contracts';
import { LanguageService } from '../../../../core/language.service';
import { WibDatePipe } from '../../../../ui/wib-date/wib-date.pipe';
import { CommentEditor, type EditState } from '../comment-editor/comment-editor';
import { EditHistory, type HistoryState } from '../edit-history/edit-history';
import { MarkdownBody } from '../markdown-body/markdown-body';
import { VisibilityIcon } from '../visibility-icon/visibility-icon';

/** A comment longer than this (characters or lines) is folded until the reader opens it. */
export const FOLD_CHARS = 600;
export const FOLD_LINES = 8;

/**
 * One comment of the thread: who wrote it for whom and when, its text and attachments, and the
 * author's edit and delete actions; in its place the edit form while it is edited.
 */
@Component({
  selector: 'sp-comment-item',
  imports: [
    MatButtonModule,
    TranslatePipe,
    WibDatePipe,
    CommentEditor,
    EditHistory,
    MarkdownBody,
    VisibilityIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comment-item.html',
  styleUrl: './comment-item.scss',
  host: { '[class.public]': "comment().visibility === 'public'" },
})
export class CommentItem {
  protected readonly language = inject(LanguageService).language;

  readonly comment = input.required<CommentView>();
  /** The case's attachments the reader may see, by id. */
  readonly attachmentsById = input.required<ReadonlyMap<string, CaseAttachment>>();
  readonly mayEdit = input(false);
  readonly mayDelete = input(false);
  /** This comment's edit in progress, if it is being edited. */
  readonly edit = input<EditState | null>(null);
  readonly savingEdit = input(false);
  readonly editError = input<unknown>(null);
  /** This comment's history, if it is shown. */
  readonly history = input<HistoryState | null>(null);

  readonly editStarted = output<void>();
  readonly editTyped = output<string>();
  readonly editSubmitted = output<void>();
  readonly editCancelled = output<void>();
  readonly deleteRequested = output<void>();
  readonly historyToggled = output<void>();
  readonly attachmentOpened = output<CaseAttachment>();

  /** Long comments fold, so a phone screen holds more than one of them. */
  protected readonly long = computed(() => {
    const body = this.comment().body ?? '';
    return body.length > FOLD_CHARS || body.split('\n').length > FOLD_LINES;
  });
  protected readonly unfolded = signal(false);
}
