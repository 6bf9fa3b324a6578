import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CommentView } from '@simpul/contracts';
import { renderMarkdownLite } from '../markdown-lite';

/** A comment's text in Markdown-lite: paragraphs, lists, bold, italic, links and @mentions. */
@Component({
  selector: 'sp-markdown-body',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './markdown-body.html',
  styleUrl: './markdown-body.scss',
})
export class MarkdownBody {
  readonly comment = input.required<Pick<CommentView, 'body' | 'mentions'>>();

  protected readonly blocks = computed(() => {
    const { body, mentions } = this.comment();
    return body === null
      ? []
      : renderMarkdownLite(
          body,
          mentions.map((m) => m.label),
        );
  });
}
