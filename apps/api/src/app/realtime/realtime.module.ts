import { Module } from '@nestjs/common';
import { CaseKernelModule } from '../case-kernel/case-kernel.module';
import { CaseRooms } from './case-rooms';
import { OutboxModule } from '../outbox/outbox.module';
import { OutboxRelay } from './outbox-relay';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeServer } from './realtime-server';

/**
 * Live collaboration's server side: the gateway (rooms under the access policy, presence) and
 * the outbox relay. Other modules publish through {@link OutboxModule} and never touch sockets.
 */
@Module({
  imports: [CaseKernelModule, OutboxModule],
  providers: [RealtimeServer, CaseRooms, OutboxRelay, RealtimeGateway],
  exports: [OutboxModule],
})
export class RealtimeModule {}
