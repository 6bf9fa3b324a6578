import { OnEvent } from '@nestjs/event-emitter';
import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { CLARIFICATION_REVIEW_EVENTS } from '@simpul/contracts';
import type { SimpulServer } from '../realtime/realtime-server';
import {
  ClarificationCommentChangedEvent,
  ClarificationVersionSavedEvent,
} from './clarification-review.service';
import { clarificationRoom } from './clarification.gateway';

/**
 * Relays review changes (comment threads, named versions) to the draft's room once stored. Only
 * sockets the policy let join the draft (`clarification:join`) are in that room.
 */
@WebSocketGateway({ cors: { origin: false }, serveClient: false })
export class ClarificationReviewGateway {
  @WebSocketServer()
  private server!: SimpulServer;

  @OnEvent(ClarificationCommentChangedEvent.NAME)
  commentChanged(event: ClarificationCommentChangedEvent): void {
    this.server
      ?.to(clarificationRoom(event.draftId))
      .emit(CLARIFICATION_REVIEW_EVENTS.comment, { draftId: event.draftId, thread: event.thread });
  }

  @OnEvent(ClarificationVersionSavedEvent.NAME)
  versionSaved(event: ClarificationVersionSavedEvent): void {
    this.server?.to(clarificationRoom(event.draftId)).emit(CLARIFICATION_REVIEW_EVENTS.version, {
      draftId: event.draftId,
      version: event.version,
    });
  }
}
