import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { AccountNotices } from './account-notices';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [NotificationsModule],
  controllers: [UsersController, InvitationsController],
  providers: [UsersService, InvitationsService, AccountNotices],
})
export class UsersModule {}
