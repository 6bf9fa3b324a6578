import { Module } from '@nestjs/common';
import { Outbox } from './outbox';

/** The outbox alone, without the gateway: import it wherever a change must reach open sockets. */
@Module({ providers: [Outbox], exports: [Outbox] })
export class OutboxModule {}
