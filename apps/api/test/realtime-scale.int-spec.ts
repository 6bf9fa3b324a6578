import type { DataSource } from 'typeorm';
import { SOCKET_EVENTS, type PresenceStateMessage } from '@simpul/contracts';
import { afterValues, createAgency, createCase, createUser, signIn } from './support/fixtures';
import {
  ensureApiBuilt,
  redisServerAvailable,
  startApi,
  startRedis,
  stopAllApis,
  waitForLeader,
  type ApiProcess,
  type RedisServer,
} from './support/api-process';
import {
  CaseTimelineClient,
  caseVersion,
  connectSocket,
  joinCaseOk,
  patchTitle,
  pause,
  waitFor,
  type TestSocket,
} from './support/realtime';
import { describeNeeding } from './support/missing-dependency';
import { ownerDataSource } from './support/test-app';

jest.setTimeout(240_000);

const describeWithRedis = describeNeeding(
  redisServerAvailable(),
  'redis-server on PATH (apt-get install redis-server)',
);

/**
 * Two API processes sharing rooms through their own redis-server (Redis Streams adapter): the
 * relay runs in process 1, the client is connected to process 2. Then that Redis is restarted
 * while events happen, and the client's resync by sequence number repairs whatever it missed.
 */
describeWithRedis('two API processes sharing rooms through Redis', () => {
  let owner: DataSource;
  let redis: RedisServer | null = null;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    ensureApiBuilt();
    owner = await ownerDataSource();
    redis = await startRedis();
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await stopAllApis();
    await redis?.stop();
    await owner?.destroy();
  });

  it('delivers an event written through process 1 to a client on process 2, and resyncs after Redis restarts', async () => {
    const env = { REDIS_URL: (redis as RedisServer).url };
    const api1: ApiProcess = await startApi('api-1', env);
    await waitForLeader(owner, api1.pid);
    const api2: ApiProcess = await startApi('api-2', env);

    const lead = await createAgency(owner, 'Skala A');
    const partner = await createAgency(owner, 'Skala B');
    const caseId = (
      await createCase(owner, lead, [
        [lead, 'lead'],
        [partner, 'collaborator'],
      ])
    ).id;
    const writer = await createUser(owner, [[lead, 'petugas']], { label: 'proses-satu' });
    const reader = await createUser(owner, [[partner, 'petugas']], { label: 'proses-dua' });
    const writerToken = (await signIn(api1.url, writer.email)).accessToken;
    const readerToken = (await signIn(api2.url, reader.email)).accessToken;

    // Presence spans processes too: the reader on process 2 sees the writer joined on process 1.
    const readerSocket = await connectSocket(api2.url, readerToken);
    const writerSocket = await connectSocket(api1.url, writerToken);
    sockets.push(readerSocket, writerSocket);
    const states: PresenceStateMessage[] = [];
    readerSocket.on(SOCKET_EVENTS.presenceState, (m) => states.push(m));
    const client = new CaseTimelineClient(() => api2.url, readerToken, caseId);
    client.attach(readerSocket);
    await joinCaseOk(readerSocket, caseId);
    await joinCaseOk(writerSocket, caseId);
    await waitFor(
      () => states[states.length - 1]?.members.some((m) => m.agencyId === lead) ?? false,
      'writer on process 1 in the presence list on process 2',
    );

    let version = await caseVersion(api1.url, writerToken, caseId);
    version = (await patchTitle(api1.url, writerToken, caseId, version, 'Lewat proses satu'))
      .version;
    await waitFor(() => client.lastSeq === 1, 'event from process 1 on process 2');
    expect(afterValues(client.applied[0])['title']).toBe('Lewat proses satu');
    expect(client.live).toEqual([1]);

    // Redis goes away; writes go on through process 1 (the database is the truth).
    await (redis as RedisServer).stop();
    for (let i = 1; i <= 5; i++)
      version = (await patchTitle(api1.url, writerToken, caseId, version, `Saat Redis mati ${i}`))
        .version;
    await pause(500);
    await (redis as RedisServer).restart();

    // New events after Redis is back: the first one that arrives shows the gap, and the client
    // fetches what it missed by sequence number. Keep writing until the adapters are reconnected.
    let last = 6;
    const deadline = Date.now() + 60_000;
    while (client.lastSeq < last) {
      if (Date.now() > deadline) throw new Error(`client stuck at ${client.lastSeq} of ${last}`);
      version = (await patchTitle(api1.url, writerToken, caseId, version, `Sesudah ${last} uji`))
        .version;
      last++;
      await pause(700);
    }
    await waitFor(() => client.lastSeq === last, 'all events applied');
    await client.resync();

    const seqs = client.applied.map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    // What the live stream missed while Redis was down, the resync repaired.
    const missedLive = seqs.filter((seq) => !client.live.includes(seq));
    expect(client.repaired).toEqual(expect.arrayContaining(missedLive));
    console.log(
      `realtime-scale: ${last} events, ${client.live.length} arrived live, ${client.repaired.length} repaired by resync (${client.repaired.join(', ')}), ${client.dropped} duplicates dropped`,
    );
  });
});
