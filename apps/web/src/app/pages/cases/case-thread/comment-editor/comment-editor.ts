import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { CommentView } from '@simpul/contracts';
import { ErrorMessage } from '../../../../ui/error-message/error-message';
import { COMMENT_MAX_LENGTH } from '../comment-limits';
import { MarkdownBody } from '../markdown-body/markdown-body';

/** One comment being edited: the text in the box and the version the edit is based on. */
export interface EditState {
  id: string;
  text: string;
  version: number;
  /** The comment as someone else left it, when our edit came too late (409). */
  conflict: CommentView | null;
}

/**
 * The form that edits a comment in place. After a conflict it shows the other person's text above
 * ours, which stays in the box for a "save again" on their version.
 */
@Component({
  selector: 'sp-comment-editor',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorMessage,
    MarkdownBody,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comment-editor.html',
  styleUrl: './comment-editor.scss',
})
export class CommentEditor {
  protected readonly maxLength = COMMENT_MAX_LENGTH;

  readonly edit = input.required<EditState>();
  readonly saving = input(false);
  readonly error = input<unknown>(null);
  readonly typed = output<string>();
  readonly saveRequested = output<void>();
  readonly cancelled = output<void>();
}
