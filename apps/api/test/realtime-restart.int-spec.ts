import type { DataSource } from 'typeorm';
import { afterValues, createAgency, createCase, createUser, signIn } from './support/fixtures';
import {
  appendEventAsOwner,
  ensureApiBuilt,
  relayLeaderPid,
  startApi,
  stopAllApis,
  stopApi,
  waitForLeader,
  type ApiProcess,
} from './support/api-process';
import {
  CaseTimelineClient,
  caseVersion,
  connectSocket,
  joinCaseOk,
  patchTitle,
  waitFor,
  type TestSocket,
} from './support/realtime';
import { ownerDataSource } from './support/test-app';

jest.setTimeout(180_000);

/**
 * The outbox survives the relay's process dying: an API process this test started is killed with
 * SIGKILL (`kill -9`, no shutdown hooks) right after acknowledging writes, more events are
 * committed while no relay runs, and after a restart the client has every acknowledged event
 * exactly once, in order, and the rows written meanwhile go out live from the outbox.
 */
describe('live events across an API process killed with kill -9', () => {
  let owner: DataSource;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    ensureApiBuilt();
    owner = await ownerDataSource();
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await stopAllApis();
    await owner?.destroy();
  });

  it('loses nothing acknowledged and relays the outbox after restart', async () => {
    let api: ApiProcess = await startApi('api-1');
    await waitForLeader(owner, api.pid);

    const lead = await createAgency(owner, 'Restart A');
    const partner = await createAgency(owner, 'Restart B');
    const caseId = (
      await createCase(owner, lead, [
        [lead, 'lead'],
        [partner, 'collaborator'],
      ])
    ).id;
    const writer = await createUser(owner, [[lead, 'petugas']], { label: 'penulis' });
    const reader = await createUser(owner, [[partner, 'petugas']], { label: 'pembaca' });
    const writerToken = (await signIn(api.url, writer.email)).accessToken;
    const readerToken = (await signIn(api.url, reader.email)).accessToken;

    const client = new CaseTimelineClient(() => api.url, readerToken, caseId);
    let socket = await connectSocket(api.url, readerToken);
    sockets.push(socket);
    client.attach(socket);
    await joinCaseOk(socket, caseId);

    let version = await caseVersion(api.url, writerToken, caseId);
    for (let i = 1; i <= 5; i++)
      version = (await patchTitle(api.url, writerToken, caseId, version, `Sebelum ${i} uji`))
        .version;
    await waitFor(() => client.lastSeq === 5, 'live events before the kill');

    // 50 acknowledged writes, then kill -9 at once: some may not have been relayed yet.
    const acknowledged: number[] = [];
    for (let i = 1; i <= 50; i++) {
      version = (await patchTitle(api.url, writerToken, caseId, version, `Ditulis ${i} uji`))
        .version;
      acknowledged.push(5 + i);
    }
    await stopApi(api, 'SIGKILL');
    // The database notices the dead connection and frees the relay's lock.
    const deadline = Date.now() + 10_000;
    while ((await relayLeaderPid(owner)) !== null && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await relayLeaderPid(owner)).toBeNull();

    // Committed while no relay runs at all: they wait in the outbox.
    for (let i = 1; i <= 5; i++) await appendEventAsOwner(owner, caseId, `saat mati ${i}`);
    const [{ waiting }] = await owner.query(
      `SELECT count(*)::int AS waiting FROM outbox WHERE channel = 'case' AND target = $1`,
      [caseId],
    );
    expect(waiting).toBeGreaterThanOrEqual(5);

    // Hold those rows (the relay skips locked rows) until the client is back in the room, so the
    // test can watch them go out live after the restart.
    const hold = owner.createQueryRunner();
    await hold.connect();
    await hold.startTransaction();
    await hold.query(
      `SELECT id FROM outbox WHERE channel = 'case' AND target = $1 AND (payload->'event'->>'seq')::int > 55 FOR UPDATE`,
      [caseId],
    );

    api = await startApi('api-1-restarted');
    await waitForLeader(owner, api.pid);
    socket.disconnect();
    socket = await connectSocket(api.url, readerToken);
    sockets.push(socket);
    client.attach(socket);
    const rejoined = await joinCaseOk(socket, caseId);
    expect(rejoined.lastSeq).toBe(60);
    // The catch-up contract: after every reconnect, fetch what came after the last applied seq.
    await client.resync();
    const liveBefore = client.live.length;
    await hold.commitTransaction();
    await hold.release();
    await waitFor(() => client.live.length >= liveBefore + 5, 'outbox rows relayed after restart');

    // The relay commits (deletes the rows) right after emitting them.
    const outboxLeft = async () =>
      (
        await owner.query(
          `SELECT count(*)::int AS left FROM outbox WHERE channel = 'case' AND target = $1`,
          [caseId],
        )
      )[0].left as number;
    const deadline2 = Date.now() + 5_000;
    while ((await outboxLeft()) > 0 && Date.now() < deadline2)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await outboxLeft()).toBe(0);
    // Rows written while no relay ran reached the room live (as duplicates the client drops).
    expect(client.live.slice(liveBefore)).toEqual([56, 57, 58, 59, 60]);

    // Live again through the new leader.
    version = await caseVersion(api.url, writerToken, caseId);
    await patchTitle(api.url, writerToken, caseId, version, 'Sesudah restart uji');
    await waitFor(() => client.lastSeq === 61, 'live event after restart');

    const seqs = client.applied.map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
    for (const seq of acknowledged) expect(seqs).toContain(seq);
    expect(client.applied.slice(5, 55).map((e) => afterValues(e)['title'])).toEqual(
      Array.from({ length: 50 }, (_, i) => `Ditulis ${i + 1} uji`),
    );
    await stopApi(api);
  });
  it('hands the relay to another running process when the leader is killed', async () => {
    const first = await startApi('leader');
    await waitForLeader(owner, first.pid);
    const second = await startApi('follower');
    // Only one relay however many processes run.
    expect(await relayLeaderPid(owner)).toBe(first.pid);

    const lead = await createAgency(owner, 'Failover A');
    const caseId = (await createCase(owner, lead, [[lead, 'lead']])).id;
    const officer = await createUser(owner, [[lead, 'petugas']], { label: 'failover' });
    const token = (await signIn(second.url, officer.email)).accessToken;
    const client = new CaseTimelineClient(() => second.url, token, caseId);
    const socket = await connectSocket(second.url, token);
    sockets.push(socket);
    client.attach(socket);
    await joinCaseOk(socket, caseId);

    await stopApi(first, 'SIGKILL');
    await waitForLeader(owner, second.pid, 10_000);
    let version = await caseVersion(second.url, token, caseId);
    for (let i = 1; i <= 3; i++)
      version = (await patchTitle(second.url, token, caseId, version, `Pengganti ${i} uji`))
        .version;
    // The new relay emits on the process the client is connected to.
    await waitFor(() => client.lastSeq === 3, 'events relayed by the new leader');
    expect(client.live).toEqual([1, 2, 3]);
    await stopApi(second);
  });
});
