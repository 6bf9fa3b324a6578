import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { NotificationPage, NotificationReadMessage } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { MarkNotificationsReadDto, NotificationsQueryDto } from './dto/notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** The signed-in person's notifications, newest first, with the unread count. */
  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Query() query: NotificationsQueryDto,
  ): Promise<NotificationPage> {
    return this.notifications.list(actor, query);
  }

  /** Marks the given notifications (or all) read; every open tab hears it. */
  @Post('read')
  @HttpCode(HttpStatus.OK)
  markRead(
    @CurrentActor() actor: Actor,
    @Body() body: MarkNotificationsReadDto,
  ): Promise<NotificationReadMessage> {
    return this.notifications.markRead(actor, body);
  }
}
