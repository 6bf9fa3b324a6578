import type { PresenceMember } from '@simpul/contracts';
import type { PresenceSlot, SocketData } from './realtime-server';

/** Typing shows for this long after the last `presence:typing` with `typing: true`. */
export const TYPING_TTL_MS = 5_000;
/** Without any sign of life for this long a member shows as idle. */
export const IDLE_AFTER_MS = 3 * 60_000;

export function newSlot(now: number): PresenceSlot {
  return {
    joinedAt: now,
    activeAt: now,
    typingUntil: 0,
    field: null,
    fieldSince: 0,
    shown: { typing: false, idle: false },
  };
}

/**
 * A soft lock (a field someone is editing) lapses after this long without a sign of life from
 * the tab that holds it (a key, a tap, a save): a form left open does not block the field.
 */
export const FIELD_LOCK_TTL_MS = 2 * 60_000;

export const isTyping = (slot: PresenceSlot, now: number) => slot.typingUntil > now;
export const fieldLockLapsed = (slot: PresenceSlot, now: number) =>
  slot.field !== null && now - slot.activeAt >= FIELD_LOCK_TTL_MS;
export const isIdle = (slot: PresenceSlot, now: number) => now - slot.activeAt >= IDLE_AFTER_MS;

interface PresenceSource {
  id: string;
  data: Partial<SocketData>;
}

/**
 * Who is in a case room, one entry per person and acting agency (several tabs merge: typing if
 * any tab types, idle only if every tab is idle). Of two sockets claiming one field, the later
 * claim holds it.
 */
export function presenceMembers(
  sockets: PresenceSource[],
  caseId: string,
  now: number,
): PresenceMember[] {
  const holders = new Map<string, { socketId: string; since: number }>();
  for (const socket of sockets) {
    const slot = socket.data.presence?.[caseId];
    if (!slot?.field) continue;
    const holder = holders.get(slot.field);
    if (!holder || slot.fieldSince > holder.since)
      holders.set(slot.field, { socketId: socket.id, since: slot.fieldSince });
  }
  const members = new Map<string, PresenceMember>();
  for (const socket of sockets) {
    const slot = socket.data.presence?.[caseId];
    const actor = socket.data.actor;
    if (!slot || !actor) continue;
    const field = slot.field && holders.get(slot.field)?.socketId === socket.id ? slot.field : null;
    const key = `${actor.userId}:${actor.agencyId ?? ''}`;
    const existing = members.get(key);
    if (!existing) {
      members.set(key, {
        userId: actor.userId,
        name: actor.name,
        agencyId: actor.agencyId ?? '',
        agencyName: socket.data.agencyName ?? '',
        typing: isTyping(slot, now),
        editingField: field,
        idle: isIdle(slot, now),
      });
    } else {
      existing.typing ||= isTyping(slot, now);
      existing.editingField ??= field;
      existing.idle &&= isIdle(slot, now);
    }
  }
  return [...members.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'id') || a.agencyName.localeCompare(b.agencyName, 'id'),
  );
}

/** The socket (other than `exceptSocketId`) holding `field` in the case, if any. */
export function fieldHolder(
  sockets: PresenceSource[],
  caseId: string,
  field: string,
  exceptSocketId: string,
): PresenceSource | null {
  let best: PresenceSource | null = null;
  let since = -1;
  for (const socket of sockets) {
    const slot = socket.data.presence?.[caseId];
    if (socket.id === exceptSocketId || slot?.field !== field) continue;
    if (slot.fieldSince > since) {
      best = socket;
      since = slot.fieldSince;
    }
  }
  return best;
}
