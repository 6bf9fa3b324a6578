import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { NotificationWriter } from './notification-writer';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { SlaReminders } from './sla-reminders';

@Module({
  imports: [OutboxModule],
  controllers: [NotificationsController],
  providers: [NotificationWriter, NotificationsService, SlaReminders],
  exports: [NotificationWriter, SlaReminders],
})
export class NotificationsModule {}
