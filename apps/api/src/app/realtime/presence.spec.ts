import type { Actor } from '../access/actor';
import {
  FIELD_LOCK_TTL_MS,
  IDLE_AFTER_MS,
  TYPING_TTL_MS,
  fieldHolder,
  fieldLockLapsed,
  newSlot,
  presenceMembers,
} from './presence';
import type { PresenceSlot } from './realtime-server';

const CASE = 'c1';
const actor = (userId: string, name: string, agencyId = 'a1'): Actor => ({
  userId,
  sessionId: `s-${userId}`,
  email: `${userId}@x.id`,
  name,
  isSuperadmin: false,
  mustChangePassword: false,
  agencyId,
  role: 'petugas',
  memberships: [],
  ip: null,
});
const socket = (id: string, who: Actor, slot: Partial<PresenceSlot> | null, now = 1_000_000) => ({
  id,
  data: {
    actor: who,
    agencyName: `Agency ${who.agencyId}`,
    presence: (slot ? { [CASE]: { ...newSlot(now), ...slot } } : {}) as Record<
      string,
      PresenceSlot
    >,
  },
});

describe('presenceMembers', () => {
  const now = 1_000_000;

  it('lists each person once, sorted by name, with typing, field and idle', () => {
    const members = presenceMembers(
      [
        socket('1', actor('u2', 'Siti'), { typingUntil: now + 100 }),
        socket('2', actor('u1', 'Budi', 'a2'), { field: 'title', fieldSince: now - 10 }),
        socket('3', actor('u3', 'Agus'), { activeAt: now - IDLE_AFTER_MS }),
        socket('4', actor('u4', 'Zed'), null),
      ],
      CASE,
      now,
    );
    expect(members).toEqual([
      expect.objectContaining({ name: 'Agus', idle: true, typing: false }),
      expect.objectContaining({ name: 'Budi', editingField: 'title', agencyName: 'Agency a2' }),
      expect.objectContaining({ name: 'Siti', typing: true, idle: false }),
    ]);
  });

  it('merges tabs of one person: typing if any tab types, idle only if all are idle', () => {
    const budi = actor('u1', 'Budi');
    const members = presenceMembers(
      [
        socket('1', budi, { activeAt: now - IDLE_AFTER_MS - 1 }),
        socket('2', budi, { typingUntil: now + TYPING_TTL_MS }),
      ],
      CASE,
      now,
    );
    expect(members).toHaveLength(1);
    expect(members[0]).toMatchObject({ typing: true, idle: false });
  });

  it('typing runs out by itself', () => {
    const [member] = presenceMembers(
      [socket('1', actor('u1', 'Budi'), { typingUntil: now - 1 })],
      CASE,
      now,
    );
    expect(member.typing).toBe(false);
  });

  it('gives a field claimed twice to the later claim', () => {
    const sockets = [
      socket('1', actor('u1', 'Budi'), { field: 'title', fieldSince: now - 500 }),
      socket('2', actor('u2', 'Siti'), { field: 'title', fieldSince: now - 100 }),
    ];
    const members = presenceMembers(sockets, CASE, now);
    expect(members.find((m) => m.name === 'Siti')?.editingField).toBe('title');
    expect(members.find((m) => m.name === 'Budi')?.editingField).toBeNull();
    expect(fieldHolder(sockets, CASE, 'title', '9')?.id).toBe('2');
    expect(fieldHolder(sockets, CASE, 'title', '2')?.id).toBe('1');
    expect(fieldHolder(sockets, CASE, 'description', '9')).toBeNull();
  });
});

describe('fieldLockLapsed', () => {
  const now = 5_000_000;
  it('keeps a lock while its holder shows signs of life, and lets it go after the TTL', () => {
    const held = { ...newSlot(now), field: 'title', fieldSince: now };
    expect(fieldLockLapsed({ ...held, activeAt: now - FIELD_LOCK_TTL_MS + 1 }, now)).toBe(false);
    expect(fieldLockLapsed({ ...held, activeAt: now - FIELD_LOCK_TTL_MS }, now)).toBe(true);
    expect(fieldLockLapsed({ ...newSlot(0), field: null }, now)).toBe(false);
  });
});
