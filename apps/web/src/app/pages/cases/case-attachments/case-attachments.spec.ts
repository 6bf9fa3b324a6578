import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type {
  ApiErrorBody,
  CaseAttachment,
  CaseAttachmentList,
  CaseDetail,
} from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { caseEvent } from '../../../testing/case-events';
import { describeEvent } from '../case-timeline/case-timeline';
import { CaseAttachments } from './case-attachments';

const LIST_URL = '/api/cases/case-42/attachments';
const MAX_BYTES = 15 * 1024 * 1024;

function attachment(overrides: Partial<CaseAttachment> = {}): CaseAttachment {
  const id = overrides.id ?? 'att-1';
  const base = `${LIST_URL}/${id}`;
  return {
    id,
    caseId: 'case-42',
    kind: 'image',
    mediaType: 'image/jpeg',
    fileName: 'jalan-amblas.jpg',
    byteSize: 2_400_000,
    caption: 'Dari arah Kepanjen',
    width: 4032,
    height: 3024,
    gps: { lat: -7.975, lng: 112.6125 },
    takenAt: '2026-11-20T02:15:00.000Z',
    source: 'staff',
    uploaderName: 'Rina Kusuma',
    uploaderAgency: { id: 'agency-upt-malang', shortName: 'UPT PJJ Malang' },
    createdAt: '2026-11-20T03:00:00.000Z',
    urls: { view: `${base}/view`, thumbnail: `${base}/thumbnail`, original: `${base}/original` },
    canDelete: true,
    canUseLocation: true,
    public: false,
    canMarkPublic: false,
    ...overrides,
  };
}

const PDF = attachment({
  id: 'att-2',
  kind: 'document',
  mediaType: 'application/pdf',
  fileName: 'Surat Dinas.pdf',
  byteSize: 80_000,
  caption: null,
  width: null,
  height: null,
  gps: null,
  takenAt: null,
  urls: { view: `${LIST_URL}/att-2/view`, thumbnail: null, original: `${LIST_URL}/att-2/original` },
  canUseLocation: false,
});

describe('CaseAttachments', () => {
  let fixture: ComponentFixture<CaseAttachments>;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ imports: [CaseAttachments], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(CaseAttachments);
    fixture.componentRef.setInput('detail', { id: 'case-42' } as CaseDetail);
    fixture.detectChanges();
  });

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    clearDeviceStorage();
  });

  const root = () => fixture.nativeElement as HTMLElement;
  const text = () => root().textContent ?? '';
  const button = (name: string, scope: ParentNode = root()) =>
    Array.from(scope.querySelectorAll('button')).find((b) => b.textContent?.trim() === name) as
      HTMLButtonElement | undefined;
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const answerList = async (list: Partial<CaseAttachmentList> = {}) => {
    http.expectOne({ method: 'GET', url: LIST_URL }).flush({
      items: [],
      maxBytes: MAX_BYTES,
      canUpload: true,
      ...list,
    } satisfies CaseAttachmentList);
    await settle();
  };
  const photo = (name = 'foto.jpg', size = 1000) =>
    new File([new Uint8Array(size)], name, { type: 'image/jpeg' });

  it('says what to do when there is nothing yet, and offers upload to writers only', async () => {
    await answerList();
    expect(text()).toContain('Belum ada lampiran. Tambahkan foto lokasi atau dokumen pendukung');
    expect(text()).toContain('paling besar 15 MB');
    expect(button('Pilih berkas')).toBeDefined();
  });

  it('shows observers the list without upload', async () => {
    await answerList({ canUpload: false });
    expect(text()).toContain('Belum ada lampiran.');
    expect(text()).not.toContain('Tambahkan foto');
    expect(button('Pilih berkas')).toBeUndefined();
    expect(root().querySelector('.drop-zone')).toBeNull();
  });

  it('shows thumbnails from blobs, a document icon for PDFs, and the photo’s GPS', async () => {
    await answerList({ items: [attachment(), PDF] });
    const thumbnail = http.expectOne(`${LIST_URL}/att-1/thumbnail`);
    expect(thumbnail.request.responseType).toBe('blob');
    thumbnail.flush(new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' }));
    await settle();
    const image = root().querySelector('img') as HTMLImageElement;
    expect(image.src).toMatch(/^blob:/);
    expect(image.alt).toBe('Dari arah Kepanjen');
    expect(root().querySelectorAll('.doc-icon').length).toBe(1);
    expect(text()).toContain('Surat Dinas.pdf');
    expect(text()).toContain('UPT PJJ Malang');
    expect(text()).toContain('Titik GPS foto:');
    // Only the photo with GPS offers its position.
    const useButtons = Array.from(root().querySelectorAll('button')).filter(
      (b) => b.textContent?.trim() === 'Gunakan lokasi foto ini',
    );
    expect(useButtons.length).toBe(1);
  });

  it('sets the case location from a photo and tells the page', async () => {
    await answerList({ items: [attachment()] });
    http.expectOne(`${LIST_URL}/att-1/thumbnail`).flush(new Blob([]));
    await settle();
    let changed = 0;
    fixture.componentInstance.locationChanged.subscribe(() => changed++);
    button('Gunakan lokasi foto ini')?.click();
    const request = http.expectOne({ method: 'POST', url: `${LIST_URL}/att-1/use-location` });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(changed).toBe(1);
    expect(text()).toContain('Lokasi kasus ditetapkan dari titik GPS foto jalan-amblas.jpg');
  });

  it('marks a photo public and back when the server allows it, saying what public means', async () => {
    await answerList({ items: [attachment({ canMarkPublic: true })] });
    http.expectOne(`${LIST_URL}/att-1/thumbnail`).flush(new Blob([]));
    await settle();
    const mark = button('Tandai publik') as HTMLButtonElement;
    expect(mark.getAttribute('aria-pressed')).toBe('false');
    mark.click();
    const put = http.expectOne({ method: 'PUT', url: `${LIST_URL}/att-1/public` });
    expect(put.request.body).toEqual({ public: true });
    put.flush(attachment({ public: true, canMarkPublic: true }));
    await settle();
    expect(text()).toContain('Publik: dapat terbit sebagai bukti klarifikasi hoaks');
    const unmark = button('Jadikan internal') as HTMLButtonElement;
    expect(unmark.getAttribute('aria-pressed')).toBe('true');
    unmark.click();
    http
      .expectOne({ method: 'PUT', url: `${LIST_URL}/att-1/public` })
      .flush(attachment({ public: false, canMarkPublic: true }));
    await settle();
    expect(text()).not.toContain('Publik: dapat terbit');
    expect(button('Tandai publik')).toBeDefined();
  });

  it('uploads a chosen file with its caption as multipart, showing progress, then lists again', async () => {
    await answerList();
    const caption = root().querySelector('input[matInput]') as HTMLInputElement;
    caption.value = 'Kondisi malam hari';
    caption.dispatchEvent(new Event('input'));
    const picker = root().querySelector('input[type=file]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(photo('IMG_0001.HEIC'));
    picker.files = files.files;
    picker.dispatchEvent(new Event('change'));
    await settle();

    const upload = http.expectOne({ method: 'POST', url: LIST_URL });
    const body = upload.request.body as FormData;
    expect((body.get('file') as File).name).toBe('IMG_0001.HEIC');
    expect(body.get('caption')).toBe('Kondisi malam hari');
    upload.event({ type: HttpEventType.UploadProgress, loaded: 500, total: 1000 });
    await settle();
    const progress = root().querySelector('mat-progress-bar') as HTMLElement;
    expect(progress.getAttribute('aria-valuenow')).toBe('50');

    upload.flush(attachment({ id: 'att-9', fileName: 'IMG_0001.heic' }));
    // The list reloads; the page is stable only once it answers.
    fixture.detectChanges();
    await answerList({ items: [attachment({ id: 'att-9', fileName: 'IMG_0001.heic' })] });
    http.expectOne(`${LIST_URL}/att-9/thumbnail`).flush(new Blob([]));
    await settle();
    expect(text()).toContain('IMG_0001.heic');
    expect(root().querySelector('mat-progress-bar')).toBeNull();
  });

  it('uploads files dropped on the box, and refuses one over the limit without sending it', async () => {
    await answerList({ maxBytes: 1024 * 1024 });
    const zone = root().querySelector('.drop-zone') as HTMLElement;
    const files = new DataTransfer();
    files.items.add(photo('kecil.jpg', 1000));
    files.items.add(photo('besar.jpg', 2 * 1024 * 1024));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: files, cancelable: true }));
    await settle();
    expect(zone.classList).toContain('dragging');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: files, cancelable: true }));
    await settle();

    const upload = http.expectOne({ method: 'POST', url: LIST_URL });
    expect(((upload.request.body as FormData).get('file') as File).name).toBe('kecil.jpg');
    expect(text()).toContain('besar.jpg lebih besar dari 1 MB dan tidak diunggah.');
    upload.flush(
      {
        statusCode: 415,
        code: 'UNSUPPORTED_FILE_TYPE',
        message: { id: 'Isi berkas bukan JPEG, PNG, WebP, HEIC atau PDF', en: 'Not an image' },
        fields: [{ field: 'file', message: { id: 'file', en: 'file' } }],
      } satisfies ApiErrorBody,
      { status: 415, statusText: 'Unsupported Media Type' },
    );
    await settle();
    expect(text()).toContain('Isi berkas bukan JPEG, PNG, WebP, HEIC atau PDF');
  });

  it('deletes only after confirmation', async () => {
    await answerList({ items: [PDF] });
    button('Hapus')?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Surat Dinas.pdf akan dihapus dari kasus ini');
    button('Hapus', dialog)?.click();
    await settle();
    http
      .expectOne({ method: 'DELETE', url: `${LIST_URL}/att-2` })
      .flush(null, { status: 204, statusText: 'No Content' });
    fixture.detectChanges();
    await answerList({ items: [] });
    expect(text()).toContain('Belum ada lampiran.');
  });

  it('hides originals, GPS and actions the server does not allow', async () => {
    await answerList({
      canUpload: false,
      items: [
        attachment({
          gps: null,
          canDelete: false,
          canUseLocation: false,
          urls: { view: `${LIST_URL}/att-1/view`, thumbnail: null, original: null },
        }),
      ],
    });
    expect(button('Unduh asli')).toBeUndefined();
    expect(button('Hapus')).toBeUndefined();
    expect(button('Gunakan lokasi foto ini')).toBeUndefined();
    expect(button('Tandai publik')).toBeUndefined();
    expect(text()).not.toContain('Titik GPS foto');
  });

  it('names attachment events in the timeline, the reporter’s photos as theirs', async () => {
    await answerList();
    const system = {
      at: '2026-11-20T03:00:00.000Z',
      actorUserId: null,
      actorName: null,
      actorAgencyId: null,
    };
    const added = (fileName: string, source: 'staff' | 'reporter') =>
      caseEvent(
        5,
        {
          type: 'case.attachment_added',
          before: null,
          after: {
            attachmentId: 'att-1',
            fileName,
            mediaType: 'image/jpeg',
            kind: 'image',
            source,
          },
        },
        system,
      );
    expect(describeEvent(added('a.jpg', 'staff'))).toEqual({
      kind: 'reporter',
      key: 'caseTimeline.attachmentAdded',
      params: { name: 'a.jpg' },
      note: null,
      byReporter: false,
    });
    expect(describeEvent(added('b.jpg', 'reporter'))).toEqual(
      jasmine.objectContaining({ key: 'caseTimeline.attachmentAddedByReporter', byReporter: true }),
    );
    const removed = caseEvent(
      5,
      {
        type: 'case.attachment_removed',
        before: { attachmentId: 'att-2', fileName: 'c.pdf', mediaType: 'application/pdf' },
        after: null,
      },
      system,
    );
    expect(describeEvent(removed)).toEqual(
      jasmine.objectContaining({
        key: 'caseTimeline.attachmentRemoved',
        params: { name: 'c.pdf' },
      }),
    );
  });
});
