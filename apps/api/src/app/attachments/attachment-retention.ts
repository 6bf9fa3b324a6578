import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './attachment-storage';
import { RENDITION_FILES } from './attachments.service';

const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** Attachments whose files one sweep transaction erases. */
const BATCH = 200;

/**
 * A deleted attachment keeps its row (the thread and the timeline refer to it, "dihapus"), but its
 * files are erased from storage `ATTACHMENT_DELETED_RETENTION_DAYS` after the delete: a photo of
 * an identity card uploaded by mistake does not stay on disk for ever. Hourly and at start;
 * erasing a file that is already gone is not an error, so a sweep cut short or run by several
 * processes at once only repeats work.
 */
@Injectable()
export class AttachmentRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AttachmentRetention.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
  ) {}

  onApplicationBootstrap(): void {
    const sweep = () =>
      void this.eraseDeletedFiles().catch((error: Error) => this.logger.warn(error.message));
    sweep();
    this.timer = setInterval(sweep, SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Returns how many deleted attachments had their files erased. */
  async eraseDeletedFiles(): Promise<number> {
    let erased = 0;
    for (;;) {
      const due = await this.system<{ id: string; storage_key: string }[]>(
        `SELECT id, storage_key FROM case_attachment
         WHERE deleted_at IS NOT NULL AND files_erased_at IS NULL
           AND deleted_at <= now() - make_interval(days => $1)
         ORDER BY deleted_at LIMIT ${BATCH}`,
        [this.config.attachmentDeletedRetentionDays],
      );
      if (due.length === 0) break;
      for (const row of due)
        for (const rendition of RENDITION_FILES)
          await this.storage.delete(`${row.storage_key}/${rendition}`);
      await this.system(`UPDATE case_attachment SET files_erased_at = now() WHERE id = ANY($1)`, [
        due.map((row) => row.id),
      ]);
      erased += due.length;
      if (due.length < BATCH) break;
    }
    if (erased > 0)
      this.logger.log(`Berkas lampiran terhapus dibuang / deleted attachments erased: ${erased}`);
    return erased;
  }

  /** One statement as the system (row-level security lets the sweep see every case). */
  private system<T>(sql: string, params: unknown[]): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      return manager.query(sql, params) as Promise<T>;
    });
  }
}
