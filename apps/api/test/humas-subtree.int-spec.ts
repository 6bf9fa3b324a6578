import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  SOCKET_EVENTS,
  type CaseDetail,
  type CreateCaseRequest,
  type InboxPage,
} from '@simpul/contracts';
import { bearer, createAgency, createUser, signIn } from './support/fixtures';
import {
  caseVersion,
  connectSocket,
  joinCase,
  patchTitle,
  pause,
  waitFor,
  type TestSocket,
} from './support/realtime';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * Issue #15: the humas of a department (DPU BM Jatim) read the cases its field units (UPT) hold,
 * because clarifications are written from them: REST detail, the inbox and its search, the live
 * case room and the inbox notes of the department's oversight room. Only reading: no comment, no
 * evidence, no case edit, and no reporter identity (name, contact, NIK). A humas of another
 * agency reads nothing (404, socket `NOT_FOUND`).
 */
describe('humas read their agency’s subtree of cases', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let officer: string;
  let humas: string;
  let otherHumas: string;
  let caseId: string;
  let caseNumber: string;
  const sockets: TestSocket[] = [];

  const open = async (token: string) => {
    const socket = await connectSocket(testApp.url, token);
    sockets.push(socket);
    return socket;
  };

  const newCase: CreateCaseRequest = {
    title: 'Jembatan Kali Lesti retak',
    description: 'Retak memanjang di sisi timur',
    classification: 'pengaduan',
    channel: 'whatsapp',
    category: 'jalan_rusak',
    reporter: {
      name: 'Siti Rahayu',
      contact: '0812-7777-0101',
      nik: '3507014404900007',
      anonymous: false,
      confidential: false,
    },
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    const department = await createAgency(owner, 'BinaMarga', { kind: 'provincial_department' });
    const unit = await createAgency(owner, 'UptMalang', {
      kind: 'field_unit',
      parentId: department,
    });
    const elsewhere = await createAgency(owner, 'DishubLain', { kind: 'provincial_department' });
    const token = async (agency: string, role: 'petugas' | 'humas') =>
      (await signIn(testApp.url, (await createUser(owner, [[agency, role]])).email)).accessToken;
    officer = await token(unit, 'petugas');
    humas = await token(department, 'humas');
    otherHumas = await token(elsewhere, 'humas');
    const created = await request(testApp.url)
      .post('/api/cases')
      .set(bearer(officer))
      .send(newCase)
      .expect(201);
    caseId = created.body.id as string;
    caseNumber = created.body.number as string;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await testApp.close();
    await owner.destroy();
  });

  it('opens the case its UPT holds, without the reporter’s name, contact or NIK', async () => {
    const response = await request(testApp.url)
      .get(`/api/cases/${caseId}`)
      .set(bearer(humas))
      .expect(200);
    const detail = response.body as CaseDetail;
    expect(detail.title).toBe('Jembatan Kali Lesti retak');
    expect(detail.reports[0].reporter).toMatchObject({ name: null, contact: null, nik: null });
    const text = JSON.stringify(detail);
    for (const secret of ['Siti Rahayu', '0812', '81277770101', '3507014404900007'])
      expect(text).not.toContain(secret);
    expect(detail.permissions).toMatchObject({ update: false, comment: false, addEvidence: false });
    // The UPT's officer (a participant) does see them: the case holds them.
    const own = (
      await request(testApp.url).get(`/api/cases/${caseId}`).set(bearer(officer)).expect(200)
    ).body as CaseDetail;
    expect(own.reports[0].reporter.name).toBe('Siti Rahayu');
  });

  it('finds it in the inbox and by its number, never by the reporter’s phone', async () => {
    const inbox = (
      await request(testApp.url).get('/api/cases/inbox').set(bearer(humas)).expect(200)
    ).body as InboxPage;
    expect(inbox.items.map((i) => i.id)).toContain(caseId);
    const byNumber = (
      await request(testApp.url)
        .get('/api/cases/inbox')
        .query({ q: caseNumber })
        .set(bearer(humas))
        .expect(200)
    ).body as InboxPage;
    expect(byNumber.items[0]?.id).toBe(caseId);
    const byPhone = (
      await request(testApp.url)
        .get('/api/cases/inbox')
        .query({ q: '0812-7777-0101' })
        .set(bearer(humas))
        .expect(200)
    ).body as InboxPage;
    expect(byPhone.items.map((i) => i.id)).not.toContain(caseId);
    // The officer of the UPT finds it by the phone: the refusal is the humas's, not the data's.
    const officerByPhone = (
      await request(testApp.url)
        .get('/api/cases/inbox')
        .query({ q: '0812-7777-0101' })
        .set(bearer(officer))
        .expect(200)
    ).body as InboxPage;
    expect(officerByPhone.items.map((i) => i.id)).toContain(caseId);
  });

  it('reads only: a comment, a case edit and evidence are refused with 403, nothing written', async () => {
    const comment = await request(testApp.url)
      .post(`/api/cases/${caseId}/comments`)
      .set(bearer(humas))
      .send({ visibility: 'internal', body: 'Catatan humas' });
    expect(comment.status).toBe(403);
    const version = await caseVersion(testApp.url, humas, caseId);
    const edit = await request(testApp.url)
      .patch(`/api/cases/${caseId}`)
      .set(bearer(humas))
      .send({ baseVersion: version, title: 'Diubah humas' });
    expect(edit.status).toBe(403);
    const evidence = await request(testApp.url)
      .post(`/api/cases/${caseId}/attachments`)
      .set(bearer(humas))
      .attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), 'surat.pdf');
    expect(evidence.status).toBe(403);
    const [{ comments, attachments, title }] = await owner.query(
      `SELECT (SELECT count(*)::int FROM case_comment WHERE case_id = $1) AS comments,
              (SELECT count(*)::int FROM case_attachment WHERE case_id = $1) AS attachments,
              (SELECT title FROM "case" WHERE id = $1) AS title`,
      [caseId],
    );
    expect({ comments, attachments, title }).toEqual({
      comments: 0,
      attachments: 0,
      title: 'Jembatan Kali Lesti retak',
    });
  });

  it('joins the live case room and gets the inbox notes of its subtree', async () => {
    const socket = await open(humas);
    const notes: string[] = [];
    socket.on(SOCKET_EVENTS.inboxCaseChanged, (m) => notes.push(m.caseId));
    const version = await caseVersion(testApp.url, officer, caseId);
    await patchTitle(testApp.url, officer, caseId, version, 'Jembatan Kali Lesti retak (dicek)');
    await waitFor(() => notes.includes(caseId), 'the inbox note in the oversight room');
    const reply = await joinCase(socket, caseId);
    expect('error' in reply).toBe(false);
    const events: string[] = [];
    socket.on(SOCKET_EVENTS.caseEvent, (m) => events.push(m.event.type));
    const next = await caseVersion(testApp.url, officer, caseId);
    await patchTitle(testApp.url, officer, caseId, next, 'Jembatan Kali Lesti retak');
    await waitFor(() => events.includes('case.updated'), 'the case event in the room');
  });

  it('refuses a humas of another agency everywhere (404, NOT_FOUND, no inbox note)', async () => {
    const response = await request(testApp.url).get(`/api/cases/${caseId}`).set(bearer(otherHumas));
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain('Kali Lesti');
    const inbox = (
      await request(testApp.url)
        .get('/api/cases/inbox')
        .query({ q: caseNumber })
        .set(bearer(otherHumas))
        .expect(200)
    ).body as InboxPage;
    expect(inbox.items).toEqual([]);
    const comment = await request(testApp.url)
      .post(`/api/cases/${caseId}/comments`)
      .set(bearer(otherHumas))
      .send({ visibility: 'internal', body: 'Catatan' });
    expect(comment.status).toBe(404);
    const socket = await open(otherHumas);
    const notes: string[] = [];
    socket.on(SOCKET_EVENTS.inboxCaseChanged, (m) => notes.push(m.caseId));
    const reply = await joinCase(socket, caseId);
    expect(reply).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const version = await caseVersion(testApp.url, officer, caseId);
    await patchTitle(testApp.url, officer, caseId, version, 'Jembatan Kali Lesti retak lagi');
    await pause(700);
    expect(notes).toEqual([]);
  });
});
