import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { HandoffView } from '@simpul/contracts';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { fakeSmtp } from './support/fake-smtp';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * Notification e-mail (#13 item 9): with SMTP configured, a handoff proposal e-mails the receiving
 * agency's working members through a pg-boss job queued in the proposal's transaction and sent
 * after the commit by a real SMTP exchange; the proposer's agency and the receiver's humas get
 * none, and the mail carries the case link but no reporter identity. Without SMTP nothing is
 * queued and the proposal still works.
 */
describe('notification e-mail', () => {
  let owner: DataSource;
  let dpu: string;
  let bbpjn: string;
  const users: Record<string, { id: string; email: string }> = {};

  beforeAll(async () => {
    owner = await ownerDataSource();
  });

  afterAll(async () => {
    await owner?.destroy();
  });

  async function people(): Promise<void> {
    dpu = await createAgency(owner, 'DPU');
    bbpjn = await createAgency(owner, 'BBPJN');
    const list: [string, string, 'admin' | 'petugas' | 'pimpinan' | 'humas'][] = [
      ['dpuPetugas', dpu, 'petugas'],
      ['dpuPimpinan', dpu, 'pimpinan'],
      ['bbpjnPetugas', bbpjn, 'petugas'],
      ['bbpjnPimpinan', bbpjn, 'pimpinan'],
      ['bbpjnHumas', bbpjn, 'humas'],
    ];
    for (const [key, agency, role] of list) {
      users[key] = await createUser(owner, [[agency, role]], { label: key });
    }
  }

  async function propose(url: string): Promise<{ caseId: string; number: string }> {
    // The fixture's case has a named reporter and a hidden one.
    const kase = await createCase(owner, dpu, [[dpu, 'lead']]);
    const token = (await signIn(url, users['dpuPetugas'].email)).accessToken;
    const sent = await request(url).post(`/api/cases/${kase.id}/handoffs`).set(bearer(token)).send({
      toAgencyId: bbpjn,
      reason: 'road_status',
      senderChoice: 'stay_as_collaborator',
      note: 'Titik di ruas nasional',
    });
    expect(sent.status).toBe(201);
    expect((sent.body as HandoffView).status).toBe('open');
    const [{ number }] = await owner.query(`SELECT number FROM "case" WHERE id = $1`, [kase.id]);
    return { caseId: kase.id, number };
  }

  const mailJobs = async (caseId: string) =>
    (await owner.query(
      `SELECT data->>'userId' AS "userId" FROM pgboss.job
       WHERE name = 'notification-mail' AND data->>'caseId' = $1 ORDER BY 1`,
      [caseId],
    )) as { userId: string }[];

  it('e-mails a handoff proposal to the receiving agency after the commit', async () => {
    const smtp = await fakeSmtp();
    const testApp: TestApp = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      JOB_POLLING_SECONDS: '1',
      PUBLIC_URL: 'https://simpul.test',
    });
    try {
      await people();
      const { caseId, number } = await propose(testApp.url);

      // One durable job per recipient, written with the proposal.
      const expected = [users['bbpjnPetugas'].id, users['bbpjnPimpinan'].id].sort();
      expect((await mailJobs(caseId)).map((j) => j.userId).sort()).toEqual(expected);

      const deadline = Date.now() + 20_000;
      const forCase = () => smtp.mails.filter((m) => m.data.includes(number));
      while (forCase().length < 2 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
      }
      const mails = forCase();
      expect(mails).toHaveLength(2);
      const recipients = mails.flatMap((m) => m.to).join(' ');
      expect(recipients).toContain(users['bbpjnPetugas'].email);
      expect(recipients).toContain(users['bbpjnPimpinan'].email);
      expect(recipients).not.toContain(users['bbpjnHumas'].email);
      expect(recipients).not.toContain(users['dpuPetugas'].email);
      expect(recipients).not.toContain(users['dpuPimpinan'].email);
      const text = mails[0].data;
      expect(text).toContain('melimpahkan');
      expect(text).toContain(`https://simpul.test/kasus/${caseId}`);
      expect(text).toContain('English: Another agency proposes to hand a case over');
      for (const secret of ['Budi Santoso', '081200000001', 'Rahasia Pelapor', '081200000002'])
        expect(text).not.toContain(secret);

      // Sent jobs are completed, not retried.
      const states = (await owner.query(
        `SELECT state FROM pgboss.job WHERE name = 'notification-mail' AND data->>'caseId' = $1`,
        [caseId],
      )) as { state: string }[];
      const until = Date.now() + 10_000;
      let done = states;
      while (done.some((s) => s.state !== 'completed') && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 200));
        done = await owner.query(
          `SELECT state FROM pgboss.job WHERE name = 'notification-mail' AND data->>'caseId' = $1`,
          [caseId],
        );
      }
      expect(done.map((s) => s.state)).toEqual(['completed', 'completed']);
    } finally {
      await testApp.close();
      await new Promise((r) => smtp.server.close(r));
    }
  });

  it('queues nothing without SMTP, and the proposal and in-app notice still happen', async () => {
    const testApp: TestApp = await createTestApp({ SMTP_URL: '' });
    try {
      await people();
      const { caseId } = await propose(testApp.url);
      expect(await mailJobs(caseId)).toEqual([]);
      const notified = await owner.query(
        `SELECT kind FROM notification WHERE user_id = $1 AND case_id = $2`,
        [users['bbpjnPetugas'].id, caseId],
      );
      expect(notified).toEqual([{ kind: 'handoff_request' }]);
    } finally {
      await testApp.close();
    }
  });
});
