import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { AttachmentProcessor } from './attachment-processor';
import { AttachmentRetention } from './attachment-retention';
import { ATTACHMENT_STORAGE } from './attachment-storage';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { AttachmentsController, PublicAttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { DiskAttachmentStorage } from './disk-attachment-storage';

@Module({
  imports: [CasesModule],
  controllers: [AttachmentsController, PublicAttachmentsController],
  providers: [
    AttachmentsService,
    AttachmentProcessor,
    AttachmentRetention,
    AttachmentUploadInterceptor,
    {
      // The disk for now; an S3-compatible implementation of AttachmentStorage goes here later.
      provide: ATTACHMENT_STORAGE,
      inject: [appConfig.KEY],
      useFactory: (config: AppConfigNamespace) => new DiskAttachmentStorage(config.attachmentsDir),
    },
  ],
  exports: [AttachmentsService, ATTACHMENT_STORAGE],
})
export class AttachmentsModule {}
