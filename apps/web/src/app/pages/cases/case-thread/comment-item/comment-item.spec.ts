import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { CaseAttachment, CommentView } from '@simpul/contracts';
import { webTestProviders } from '../../../../testing/web-test-providers';
import { CommentItem } from './comment-item';

const COMMENT: CommentView = {
  id: 'comment-1',
  caseId: 'case-42',
  visibility: 'public',
  body: 'Akan *diperbaiki* minggu ini.',
  authorKind: 'officer',
  authorUserId: 'user-1',
  authorName: 'Sari Wulandari',
  authorAgencyId: 'agency-upt-malang',
  authorAgencyName: 'UPT PJJ Malang',
  mentions: [],
  attachmentIds: ['att-1', 'att-gone'],
  createdAt: '2026-11-28T01:00:00.000Z',
  editedAt: '2026-11-28T02:00:00.000Z',
  deletedAt: null,
  version: 2,
  seq: 4,
};

const PHOTO = {
  id: 'att-1',
  caseId: 'case-42',
  fileName: 'lubang-kepanjen.jpg',
  urls: { view: '/api/cases/case-42/attachments/att-1/view', thumbnail: null, original: null },
} as unknown as CaseAttachment;

describe('CommentItem', () => {
  let fixture: ComponentFixture<CommentItem>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [CommentItem], providers: webTestProviders() });
    fixture = TestBed.createComponent(CommentItem);
    fixture.componentRef.setInput('comment', COMMENT);
    fixture.componentRef.setInput('attachmentsById', new Map([[PHOTO.id, PHOTO]]));
    await fixture.whenStable();
  });

  const host = () => fixture.nativeElement as HTMLElement;
  const buttons = () =>
    Array.from(host().querySelectorAll<HTMLButtonElement>('button')).map((b) =>
      b.textContent?.trim(),
    );

  it('shows a public reply with its label, author, text and the attachments the reader may see', () => {
    expect(host().classList).toContain('public');
    expect(host().querySelector('.kind')?.textContent).toContain('Balasan publik');
    expect(host().querySelector('.author')?.textContent).toContain('Sari Wulandari');
    expect(host().querySelector('.body em')?.textContent).toBe('diperbaiki');
    const attachments = host().querySelector('.comment-attachments')?.textContent;
    expect(attachments).toContain('lubang-kepanjen.jpg');
    expect(attachments).toContain('lampiran (dihapus atau tidak dapat dilihat)');
  });

  it('folds a long comment until the reader opens it, and leaves a short one open', async () => {
    expect(buttons()).not.toContain('Tampilkan selengkapnya');
    expect(host().querySelector('.body.folded')).toBeNull();
    fixture.componentRef.setInput('comment', {
      ...COMMENT,
      body: 'Laporan lapangan: aspal retak memanjang di lajur kiri. '.repeat(20),
    });
    await fixture.whenStable();
    expect(host().querySelector('.body.folded')).not.toBeNull();
    const fold = () =>
      Array.from(host().querySelectorAll<HTMLButtonElement>('button.fold')).at(0) ?? null;
    expect(fold()?.textContent?.trim()).toBe('Tampilkan selengkapnya');
    expect(fold()?.getAttribute('aria-expanded')).toBe('false');
    fold()?.click();
    await fixture.whenStable();
    expect(host().querySelector('.body.folded')).toBeNull();
    expect(fold()?.textContent?.trim()).toBe('Tampilkan lebih sedikit');
    expect(fold()?.getAttribute('aria-expanded')).toBe('true');
  });

  it('offers edit and delete only as allowed, and tells the thread what was asked', async () => {
    expect(buttons()).not.toContain('Ubah');
    expect(buttons()).not.toContain('Hapus');

    fixture.componentRef.setInput('mayDelete', true);
    await fixture.whenStable();
    expect(buttons()).not.toContain('Ubah');
    expect(buttons()).toContain('Hapus');

    fixture.componentRef.setInput('mayEdit', true);
    await fixture.whenStable();
    const asked: string[] = [];
    fixture.componentInstance.editStarted.subscribe(() => asked.push('edit'));
    fixture.componentInstance.deleteRequested.subscribe(() => asked.push('delete'));
    fixture.componentInstance.historyToggled.subscribe(() => asked.push('history'));
    for (const label of ['Ubah', 'Hapus', 'diedit']) {
      Array.from(host().querySelectorAll<HTMLButtonElement>('button'))
        .find((b) => b.textContent?.trim() === label)
        ?.click();
    }
    expect(asked).toEqual(['edit', 'delete', 'history']);
  });

  it('puts the edit form in place of the text, and shows the history it is given', async () => {
    fixture.componentRef.setInput('edit', {
      id: COMMENT.id,
      text: 'Akan diperbaiki besok.',
      version: 2,
      conflict: null,
    });
    fixture.componentRef.setInput('history', {
      id: COMMENT.id,
      revisions: [
        {
          version: 1,
          body: 'Akan diperbaiki.',
          editorName: 'Sari Wulandari',
          editedAt: '2026-11-28T01:30:00.000Z',
        },
      ],
      error: null,
    });
    await fixture.whenStable();
    expect(host().querySelector('.body')).toBeNull();
    expect(host().querySelector<HTMLTextAreaElement>('form.edit textarea')?.value).toBe(
      'Akan diperbaiki besok.',
    );
    expect(host().querySelector('button.edited')?.getAttribute('aria-expanded')).toBe('true');
    expect(host().querySelector('.history')?.textContent).toContain('Akan diperbaiki.');
  });
});
