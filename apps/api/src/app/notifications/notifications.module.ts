import { Module } from '@nestjs/common';
import { OutboxModule } from '../realtime/outbox.module';
import { NotificationWriter } from './notification-writer';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [OutboxModule],
  controllers: [NotificationsController],
  providers: [NotificationWriter, NotificationsService],
  exports: [NotificationWriter],
})
export class NotificationsModule {}
