import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import {
  IDEMPOTENCY_KEY_HEADER,
  SOCKET_EVENTS,
  type ApiErrorBody,
  type CaseDetail,
  type CommentView,
  type CreateCommentResponse,
} from '@simpul/contracts';
import { FakeSocket } from '../../../testing/fake-socket';
import {
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { CaseThread } from './case-thread';

const ME = testUser({ id: 'user-1', name: 'Sari Wulandari', memberships: [UPT_MALANG_OFFICER] });

const DETAIL = {
  id: 'case-42',
  number: 'SMP-2026-000042',
  title: 'Jalan berlubang',
  participants: [
    { agencyId: 'agency-upt-malang', agencyShortName: 'UPT PJJ Malang', role: 'lead' },
    { agencyId: 'agency-dishub', agencyShortName: 'Dishub Malang', role: 'observer' },
  ],
  assignees: [],
  permissions: {
    update: true,
    inviteObserver: true,
    comment: true,
    replyPublicly: true,
    moderateComments: false,
    actions: [],
  },
} as unknown as CaseDetail;

function comment(overrides: Partial<CommentView> = {}): CommentView {
  return {
    id: 'comment-1',
    caseId: 'case-42',
    visibility: 'internal',
    body: 'Mohon **dicek** hari ini',
    authorKind: 'officer',
    authorUserId: 'user-2',
    authorName: 'Budi Santoso',
    authorAgencyId: 'agency-dishub',
    authorAgencyName: 'Dishub Malang',
    mentions: [],
    attachmentIds: [],
    createdAt: '2026-11-28T01:00:00.000Z',
    editedAt: null,
    deletedAt: null,
    version: 1,
    seq: 3,
    ...overrides,
  };
}

describe('CaseThread', () => {
  let fixture: ComponentFixture<CaseThread>;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceStorage();
    FakeSocket.created.length = 0;
    TestBed.configureTestingModule({ imports: [CaseThread], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(ME);
    fixture = TestBed.createComponent(CaseThread);
    fixture.componentRef.setInput('detail', DETAIL);
    fixture.detectChanges();
  });

  afterEach(() => {
    // The thread reads the case's attachments to name what comments point to.
    for (const request of http.match(isAttachmentList))
      if (!request.cancelled) request.flush({ items: [], maxBytes: 1, canUpload: true });
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    clearDeviceStorage();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const comments = () => Array.from(page().querySelectorAll<HTMLElement>('li.comment'));
  function found<T>(value: T | null | undefined, what: string): T {
    if (value === null || value === undefined) throw new Error(`${what} missing`);
    return value;
  }
  const composer = () =>
    found(page().querySelector<HTMLTextAreaElement>('#thread-composer'), 'composer');
  const editBox = () =>
    found(page().querySelector<HTMLTextAreaElement>('form.edit textarea'), 'edit box');
  const button = (name: string) =>
    Array.from(page().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === name,
    );
  const press = (name: string) => found(button(name), `button ${name}`).click();
  const isList = (r: { method: string; url: string }) =>
    r.method === 'GET' && r.url === '/api/cases/case-42/comments';
  const isCreate = (r: { method: string; url: string }) =>
    r.method === 'POST' && r.url === '/api/cases/case-42/comments';
  const isAttachmentList = (r: { method: string; url: string }) =>
    r.method === 'GET' && r.url === '/api/cases/case-42/attachments';

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function load(list: CommentView[]): Promise<void> {
    http.expectOne(isList).flush(list);
    await settle();
  }

  async function type(text: string): Promise<void> {
    const box = composer();
    box.value = text;
    box.setSelectionRange(text.length, text.length);
    box.dispatchEvent(new Event('input'));
    await settle();
  }

  function created(
    body: string,
    agenciesNotOnCase: CreateCommentResponse['agenciesNotOnCase'] = [],
  ) {
    return {
      comment: comment({
        id: 'comment-new',
        body,
        authorUserId: ME.id,
        authorName: ME.name,
        authorAgencyName: 'UPT PJJ Malang',
        seq: 9,
      }),
      agenciesNotOnCase,
    };
  }

  it('tells internal notes from public replies by label and colour, and shows edits and deletions', async () => {
    await load([
      comment(),
      comment({
        id: 'comment-2',
        visibility: 'public',
        body: 'Akan diperbaiki minggu ini.',
        editedAt: '2026-11-28T02:00:00.000Z',
        seq: 4,
      }),
      comment({ id: 'comment-3', body: null, deletedAt: '2026-11-28T03:00:00.000Z', seq: 5 }),
    ]);
    const [note, reply, removed] = comments();
    expect(note.classList).toContain('internal');
    expect(note.querySelector('.kind')?.textContent).toContain('Catatan internal');
    expect(note.querySelector('strong')?.textContent).toBe('dicek');
    expect(note.textContent).toContain('Budi Santoso');
    expect(note.textContent).toContain('(Dishub Malang)');
    expect(reply.classList).toContain('public');
    expect(reply.querySelector('.kind')?.textContent).toContain('Balasan publik');
    expect(reply.querySelector('button.edited')?.textContent?.trim()).toBe('diedit');
    expect(removed.textContent).toContain('Komentar ini dihapus.');
    expect(removed.textContent).not.toContain('dicek');
  });

  it('explains that a public reply reaches the reporter', async () => {
    await load([]);
    expect(page().textContent).toContain('Belum ada komentar');
    const toggle = Array.from(
      page().querySelectorAll<HTMLButtonElement>('mat-button-toggle button'),
    );
    toggle[1].click();
    await settle();
    expect(page().querySelector('.visibility-hint')?.textContent).toContain(
      'Pelapor akan melihat balasan ini',
    );
    expect(button('Kirim balasan publik')).toBeTruthy();
  });

  it('keeps one idempotency key across retries of the same message, and a new one for a changed message', async () => {
    await load([]);
    await type('Mohon data volume kendaraan');
    press('Kirim catatan internal');
    const first = http.expectOne(isCreate);
    expect(first.request.body).toEqual({
      visibility: 'internal',
      body: 'Mohon data volume kendaraan',
    });
    const key = first.request.headers.get(IDEMPOTENCY_KEY_HEADER);
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    first.error(new ProgressEvent('error'));
    await settle();
    expect(page().textContent).toContain('Aman dikirim lagi');

    press('Kirim catatan internal');
    const retry = http.expectOne(isCreate);
    expect(retry.request.headers.get(IDEMPOTENCY_KEY_HEADER)).toBe(key);
    retry.flush(created('Mohon data volume kendaraan'));
    await settle();
    expect(comments().map((c) => c.textContent)).toEqual([
      jasmine.stringContaining('Mohon data volume kendaraan'),
    ]);
    expect(composer().value).toBe('');

    await type('Pesan berikutnya');
    press('Kirim catatan internal');
    const next = http.expectOne(isCreate);
    expect(next.request.headers.get(IDEMPOTENCY_KEY_HEADER)).not.toBe(key);
    next.flush(created('Pesan berikutnya'));
    await settle();
  });

  it('points a comment to case attachments and names them in the thread', async () => {
    await load([comment({ id: 'comment-old', attachmentIds: ['att-gone'] })]);
    const photo = {
      id: 'att-1',
      caseId: 'case-42',
      fileName: 'lubang-kepanjen.jpg',
      urls: { view: '/api/cases/case-42/attachments/att-1/view', thumbnail: null, original: null },
    };
    const plan = { ...photo, id: 'att-2', fileName: 'denah.pdf' };
    http
      .match(isAttachmentList)
      .forEach((r) => r.flush({ items: [photo, plan], maxBytes: 1, canUpload: true }));
    await settle();
    // A reference to an attachment the reader cannot see (or that was deleted) says so.
    expect(comments()[0].textContent).toContain('lampiran (dihapus atau tidak dapat dilihat)');

    press('Lampirkan berkas kasus');
    await settle();
    http
      .match(isAttachmentList)
      .forEach((r) => r.flush({ items: [photo, plan], maxBytes: 1, canUpload: true }));
    await settle();
    const boxes = Array.from(
      page().querySelectorAll<HTMLInputElement>('#thread-attachment-picker input'),
    );
    expect(boxes.map((b) => b.parentElement?.textContent?.trim())).toEqual([
      'lubang-kepanjen.jpg',
      'denah.pdf',
    ]);
    boxes[0].click();
    await settle();
    await type('Foto lubang terlampir');
    press('Kirim catatan internal');
    const create = http.expectOne(isCreate);
    expect(create.request.body).toEqual({
      visibility: 'internal',
      body: 'Foto lubang terlampir',
      attachmentIds: ['att-1'],
    });
    const answer = created('Foto lubang terlampir');
    create.flush({ ...answer, comment: { ...answer.comment, attachmentIds: ['att-1'] } });
    await settle();
    expect(comments()[1].querySelector('.comment-attachments')?.textContent).toContain(
      'lubang-kepanjen.jpg',
    );
    // The picker closes and the next comment starts without attachments.
    expect(page().querySelector('#thread-attachment-picker')).toBeNull();
    expect(button('Lampirkan berkas kasus')).toBeDefined();
  });

  it('offers to invite a mentioned agency that is not on the case as observer', async () => {
    await load([]);
    await type('Mohon @BPBD Kab. Malang bantu');
    http.expectOne('/api/cases/workload').flush([]);
    http.expectOne('/api/agencies').flush([]);
    press('Kirim catatan internal');
    http
      .expectOne(isCreate)
      .flush(
        created('Mohon @BPBD Kab. Malang bantu', [{ id: 'agency-bpbd', name: 'BPBD Kab. Malang' }]),
      );
    await settle();
    expect(page().querySelector('.invite')?.textContent).toContain('BPBD Kab. Malang');
    press('Undang sebagai pengamat');
    const invite = http.expectOne('/api/cases/case-42/observers');
    expect(invite.request.body.agencyId).toBe('agency-bpbd');
    expect(invite.request.body.reason.length).toBeGreaterThanOrEqual(5);
    invite.flush(DETAIL);
    await settle();
    expect(page().querySelector('.invite')).toBeNull();
  });

  it('suggests people and agencies after @ and inserts the chosen one', async () => {
    await load([comment()]);
    await type('Tolong @dis');
    http.expectOne('/api/cases/workload').flush([]);
    http.expectOne('/api/agencies').flush([
      {
        id: 'agency-dishub-jatim',
        shortName: 'Dishub Jatim',
        name: 'Dinas Perhubungan',
        active: true,
      },
    ]);
    await settle();
    const options = Array.from(page().querySelectorAll<HTMLElement>('[role=option]'));
    expect(options.map((o) => o.querySelector('.option-label')?.textContent)).toEqual([
      'Dishub Jatim',
      'Dishub Malang',
    ]);
    expect(composer().getAttribute('aria-expanded')).toBe('true');
    composer().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    composer().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await settle();
    expect(composer().value).toBe('Tolong @Dishub Malang ');
    expect(page().querySelectorAll('[role=option]').length).toBe(0);
  });

  it('on a stale edit shows the current text and saves again with the new version', async () => {
    const mine = comment({ authorUserId: ME.id, authorName: ME.name, body: 'Versi saya' });
    await load([mine]);
    press('Ubah');
    await settle();
    const box = editBox();
    box.value = 'Versi saya, diperbaiki';
    box.dispatchEvent(new Event('input'));
    await settle();
    press('Simpan');
    const stale: ApiErrorBody = {
      statusCode: 409,
      code: 'STALE_VERSION',
      message: { id: 'Komentar telah diubah', en: 'The comment was changed' },
      details: { current: { ...mine, body: 'Versi rekan', version: 2 } },
    };
    const first: TestRequest = http.expectOne(
      (r) => r.method === 'PATCH' && r.url === '/api/cases/case-42/comments/comment-1',
    );
    expect(first.request.body).toEqual({ body: 'Versi saya, diperbaiki', version: 1 });
    first.flush(stale, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(page().querySelector('.conflict')?.textContent).toContain('Versi rekan');
    expect(editBox().value).toBe('Versi saya, diperbaiki');

    press('Simpan lagi');
    const retry = http.expectOne(
      (r) => r.method === 'PATCH' && r.url === '/api/cases/case-42/comments/comment-1',
    );
    expect(retry.request.body).toEqual({ body: 'Versi saya, diperbaiki', version: 2 });
    retry.flush({
      comment: {
        ...mine,
        body: 'Versi saya, diperbaiki',
        version: 3,
        editedAt: '2026-11-28T04:00:00.000Z',
      },
      agenciesNotOnCase: [],
    });
    await settle();
    expect(page().querySelector('form.edit')).toBeNull();
    expect(comments()[0].textContent).toContain('Versi saya, diperbaiki');
  });

  it("reloads when others' comments arrive in the case room and shows who is typing", async () => {
    await load([]);
    const socket = FakeSocket.latest();
    socket.serverConnect();
    socket.ack(SOCKET_EVENTS.caseJoin, { caseId: 'case-42', lastSeq: 2 });
    await settle();
    // Joining after the first load: one reload catches anything written in between.
    await new Promise((resolve) => setTimeout(resolve, 300));
    http.expectOne(isList).flush([]);

    socket.serverEmit(SOCKET_EVENTS.presenceState, {
      caseId: 'case-42',
      members: [
        {
          userId: 'user-2',
          name: 'Budi Santoso',
          agencyId: 'agency-dishub',
          agencyName: 'Dishub Malang',
          typing: true,
          editingField: null,
          idle: false,
        },
      ],
    });
    await settle();
    expect(page().querySelector('.typing')?.textContent).toContain(
      'Budi Santoso (Dishub Malang) sedang mengetik…',
    );

    socket.serverEmit(SOCKET_EVENTS.caseEvent, {
      caseId: 'case-42',
      event: {
        seq: 3,
        at: '2026-11-28T01:00:00.000Z',
        type: 'comment.created',
        actorUserId: 'user-2',
        actorName: 'Budi Santoso',
        actorAgencyId: 'agency-dishub',
        before: null,
        after: null,
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    http.expectOne(isList).flush([comment()]);
    await settle();
    expect(comments().length).toBe(1);
    expect(page().textContent).toContain('Komentar baru dari Budi Santoso');
  });

  it('shows the attachment a live comment points to, without a reload of the page', async () => {
    await load([]);
    http
      .match(isAttachmentList)
      .forEach((r) => r.flush({ items: [], maxBytes: 1, canUpload: true }));
    const socket = FakeSocket.latest();
    socket.serverConnect();
    socket.ack(SOCKET_EVENTS.caseJoin, { caseId: 'case-42', lastSeq: 2 });
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    http.expectOne(isList).flush([]);
    await settle();

    // Another agency uploads a photo and points its comment at it; the comment's event comes first.
    socket.serverEmit(SOCKET_EVENTS.caseEvent, {
      caseId: 'case-42',
      event: {
        seq: 3,
        at: '2026-11-28T01:00:00.000Z',
        type: 'comment.created',
        actorUserId: 'user-2',
        actorName: 'Budi Santoso',
        actorAgencyId: 'agency-dishub',
        before: null,
        after: null,
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    http.expectOne(isList).flush([comment({ attachmentIds: ['att-9'] })]);
    await settle();
    const photo = {
      id: 'att-9',
      caseId: 'case-42',
      fileName: 'rambu-terpasang.jpg',
      urls: { view: '/api/cases/case-42/attachments/att-9/view', thumbnail: null, original: null },
    };
    // The unknown reference makes the thread read the attachments again.
    http.expectOne(isAttachmentList).flush({ items: [photo], maxBytes: 1, canUpload: true });
    await settle();
    expect(comments()[0].querySelector('.comment-attachments')?.textContent).toContain(
      'rambu-terpasang.jpg',
    );
    expect(comments()[0].textContent).not.toContain('dihapus atau tidak dapat dilihat');

    // An attachment event alone (added in another section or tab) refreshes them as well.
    socket.serverEmit(SOCKET_EVENTS.caseEvent, {
      caseId: 'case-42',
      event: {
        seq: 4,
        at: '2026-11-28T01:01:00.000Z',
        type: 'case.attachment_added',
        actorUserId: 'user-2',
        actorName: 'Budi Santoso',
        actorAgencyId: 'agency-dishub',
        before: null,
        after: null,
      },
    });
    await settle();
    expect(http.match(isAttachmentList).length).toBe(1);
  });
});
