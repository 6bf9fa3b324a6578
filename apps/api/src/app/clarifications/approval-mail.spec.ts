import { composeNotificationMail } from '../notifications/notification-mail';

describe('approval chain notices by e-mail', () => {
  it('words the notice in Indonesian with an English line and links the clarification drafts', () => {
    const { subject, text } = composeNotificationMail(
      {
        kind: 'clarification_approval_needed',
        caseId: null,
        caseNumber: null,
        title: 'Jembatan Kali Uji putus',
        body: 'Klarifikasi menunggu persetujuan Anda. Langkah 1 dari 2: Cek fakta UPT',
      },
      'https://simpul.example/',
    );
    expect(subject).toBe('[Simpul] Jembatan Kali Uji putus');
    expect(text).toContain('Langkah 1 dari 2: Cek fakta UPT');
    expect(text).toContain('Buka draf klarifikasi: https://simpul.example/draf-klarifikasi');
    expect(text).toContain('English: A hoax clarification waits for your approval step.');
    expect(text).not.toContain('/kasus/');
  });

  it('keeps the case link for case notices', () => {
    const { text } = composeNotificationMail(
      {
        kind: 'merge_request',
        caseId: 'case-1',
        caseNumber: 'SMP-1',
        title: 't',
        body: null,
      },
      'https://simpul.example',
    );
    expect(text).toContain('Buka kasus SMP-1: https://simpul.example/kasus/case-1');
    expect(text).not.toContain('draf-klarifikasi');
  });
});
