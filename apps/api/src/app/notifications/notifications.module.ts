import { Module } from '@nestjs/common';
import { Mailer } from '../mail/mailer';
import { OutboxModule } from '../outbox/outbox.module';
import { NotificationMail } from './notification-mail';
import { NotificationWriter } from './notification-writer';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { SlaReminders } from './sla-reminders';

@Module({
  imports: [OutboxModule],
  controllers: [NotificationsController],
  providers: [Mailer, NotificationMail, NotificationWriter, NotificationsService, SlaReminders],
  exports: [NotificationWriter, SlaReminders],
})
export class NotificationsModule {}
