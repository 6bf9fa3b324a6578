import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { HttpEventType } from '@angular/common/http';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseAttachment, CaseAttachmentList, CaseDetail } from '@simpul/contracts';
import { filter, switchMap, type Subscription } from 'rxjs';
import { AttachmentsService } from '../../../core/attachments.service';
import { LanguageService } from '../../../core/language.service';
import { reloadOnAgencyChange } from '../../../core/reload-on-agency-change';
import { confirmAction } from '../../../ui/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { formatCoordinates } from '../../../ui/location-map/coordinates';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

/** What the file picker offers; the server decides by content anyway. */
export const ACCEPTED_FILES =
  'image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif,application/pdf';

interface UploadState {
  key: number;
  name: string;
  /** 0–100, or null while the size is unknown. */
  percent: number | null;
  error: unknown;
  /** Refused before sending: larger than the limit. */
  tooLargeMb: string | null;
}

export const megabytes = (bytes: number) =>
  (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '').replace('.', ',');

/**
 * The case's photos and documents: upload by button or drag and drop with progress, a grid of
 * thumbnails, open or download, "use this photo's position" when the photo has GPS, and delete
 * with confirmation. Thumbnails and files come through HttpClient as blobs (the access token is a
 * header), shown from object URLs that are released with the component.
 */
@Component({
  selector: 'sp-case-attachments',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-attachments.html',
  styleUrl: './case-attachments.scss',
})
export class CaseAttachments {
  private readonly attachmentsService = inject(AttachmentsService);
  private readonly dialog = inject(MatDialog);
  protected readonly language = inject(LanguageService).language;

  readonly detail = input.required<CaseDetail>();
  /** The case location was set from a photo: the case page reloads the case. */
  readonly locationChanged = output<void>();

  protected readonly accept = ACCEPTED_FILES;
  protected readonly list = signal<CaseAttachmentList | null>(null);
  protected readonly listError = signal<unknown>(null);
  protected readonly items = computed(() => this.list()?.items ?? []);
  protected readonly canUpload = computed(() => this.list()?.canUpload ?? false);
  protected readonly maxMb = computed(() => {
    const list = this.list();
    return list ? megabytes(list.maxBytes) : '';
  });

  protected readonly caption = signal('');
  protected readonly dragging = signal(false);
  protected readonly uploads = signal<UploadState[]>([]);
  protected readonly actionError = signal<unknown>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly locationSetFrom = signal<string | null>(null);
  /** Object URLs of loaded thumbnails, by attachment id. */
  protected readonly thumbnails = signal<Record<string, string>>({});

  private uploadKey = 0;
  private readonly requested = new Set<string>();
  private loading?: Subscription;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.loading?.unsubscribe();
      for (const url of Object.values(this.thumbnails())) URL.revokeObjectURL(url);
    });
    // A new case object (a reload after anyone's change) or another acting agency lists again.
    reloadOnAgencyChange(() => this.reload(), this.detail);
    effect(() => {
      for (const item of this.items()) this.loadThumbnail(item);
    });
  }

  protected reload(): void {
    this.loading?.unsubscribe();
    this.listError.set(null);
    this.loading = this.attachmentsService.list(this.detail().id).subscribe({
      next: (list) => this.list.set(list),
      error: (error: unknown) => this.listError.set(error),
    });
  }

  protected coordinates(item: CaseAttachment): string | null {
    return item.gps ? formatCoordinates(item.gps) : null;
  }

  protected sizeText(item: CaseAttachment): string {
    return item.byteSize >= 1024 * 1024
      ? `${megabytes(item.byteSize)} MB`
      : `${Math.max(1, Math.round(item.byteSize / 1024))} KB`;
  }

  protected pickFiles(input: HTMLInputElement): void {
    if (input.files) this.uploadFiles(Array.from(input.files));
    input.value = '';
  }

  protected dragOver(event: DragEvent): void {
    if (!this.canUpload()) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging.set(true);
  }

  protected dropFiles(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    if (!this.canUpload()) return;
    this.uploadFiles(Array.from(event.dataTransfer?.files ?? []));
  }

  /** Sends the files one after another; each shows its own progress or error. */
  protected uploadFiles(files: File[]): void {
    const list = this.list();
    if (!list || files.length === 0) return;
    const caseId = this.detail().id;
    const caption = this.caption();
    this.actionError.set(null);
    for (const file of files) {
      const key = ++this.uploadKey;
      if (file.size > list.maxBytes) {
        this.uploads.update((all) => [
          ...all,
          {
            key,
            name: file.name,
            percent: null,
            error: null,
            tooLargeMb: megabytes(list.maxBytes),
          },
        ]);
        continue;
      }
      this.uploads.update((all) => [
        ...all,
        { key, name: file.name, percent: 0, error: null, tooLargeMb: null },
      ]);
      this.attachmentsService.upload(caseId, file, caption).subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            const percent = event.total ? Math.round((100 * event.loaded) / event.total) : null;
            this.patchUpload(key, { percent });
          } else if (event.type === HttpEventType.Response) {
            this.uploads.update((all) => all.filter((upload) => upload.key !== key));
            this.caption.set('');
            this.reload();
          }
        },
        error: (error: unknown) => this.patchUpload(key, { error, percent: null }),
      });
    }
  }

  protected dismissUpload(key: number): void {
    this.uploads.update((all) => all.filter((upload) => upload.key !== key));
  }

  /** Images open in a new tab; documents download. Both as renditions without metadata. */
  protected open(item: CaseAttachment): void {
    this.fetchThen(item, item.urls.view, (url) => {
      if (item.kind === 'image') window.open(url, '_blank', 'noopener');
      else this.saveAs(url, item.fileName);
    });
  }

  /** The original as uploaded (owning agencies only: the link exists only for them). */
  protected downloadOriginal(item: CaseAttachment): void {
    if (!item.urls.original) return;
    this.fetchThen(item, item.urls.original, (url) => this.saveAs(url, item.fileName));
  }

  protected useLocation(item: CaseAttachment): void {
    this.busyId.set(item.id);
    this.actionError.set(null);
    this.attachmentsService.useLocation(item).subscribe({
      next: () => {
        this.busyId.set(null);
        this.locationSetFrom.set(item.fileName);
        this.locationChanged.emit();
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        this.actionError.set(error);
      },
    });
  }

  /** "Tandai publik": the photo may be published as evidence of a hoax clarification. */
  protected togglePublic(item: CaseAttachment): void {
    this.busyId.set(item.id);
    this.actionError.set(null);
    this.attachmentsService.setPublic(item, !item.public).subscribe({
      next: (updated) => {
        this.busyId.set(null);
        this.list.update(
          (list) =>
            list && {
              ...list,
              items: list.items.map((i) => (i.id === updated.id ? updated : i)),
            },
        );
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        this.actionError.set(error);
      },
    });
  }

  protected remove(item: CaseAttachment): void {
    confirmAction(this.dialog, {
      title: 'caseAttachments.deleteTitle',
      message: 'caseAttachments.deleteMessage',
      confirm: 'caseAttachments.delete',
      params: { name: item.fileName },
      destructive: true,
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() => {
          this.busyId.set(item.id);
          this.actionError.set(null);
          return this.attachmentsService.remove(item);
        }),
      )
      .subscribe({
        next: () => {
          this.busyId.set(null);
          this.reload();
        },
        error: (error: unknown) => {
          this.busyId.set(null);
          this.actionError.set(error);
        },
      });
  }

  private patchUpload(key: number, patch: Partial<UploadState>): void {
    this.uploads.update((all) =>
      all.map((upload) => (upload.key === key ? { ...upload, ...patch } : upload)),
    );
  }

  private loadThumbnail(item: CaseAttachment): void {
    const url = item.urls.thumbnail;
    if (!url || this.requested.has(item.id)) return;
    this.requested.add(item.id);
    this.attachmentsService.file(url).subscribe({
      next: (blob) =>
        this.thumbnails.update((all) => ({ ...all, [item.id]: URL.createObjectURL(blob) })),
      // A missing thumbnail falls back to the icon; the list itself says what went wrong.
      error: () => undefined,
    });
  }

  private fetchThen(item: CaseAttachment, url: string, use: (objectUrl: string) => void): void {
    this.busyId.set(item.id);
    this.actionError.set(null);
    this.attachmentsService.file(url).subscribe({
      next: (blob) => {
        this.busyId.set(null);
        const objectUrl = URL.createObjectURL(blob);
        use(objectUrl);
        // The new tab or the download has its own copy by then.
        setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        this.actionError.set(error);
      },
    });
  }

  private saveAs(url: string, fileName: string): void {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.click();
  }
}
