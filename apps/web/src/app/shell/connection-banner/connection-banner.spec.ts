import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FakeSocket } from '../../testing/fake-socket';
import {
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../testing/web-test-providers';
import { ConnectionBanner, DISCONNECT_GRACE_MS } from './connection-banner';

describe('ConnectionBanner', () => {
  let fixture: ComponentFixture<ConnectionBanner>;

  beforeEach(() => {
    clearDeviceStorage();
    FakeSocket.created.length = 0;
    TestBed.configureTestingModule({ imports: [ConnectionBanner], providers: webTestProviders() });
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(ConnectionBanner);
    fixture.detectChanges();
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    clearDeviceStorage();
  });

  const text = () => (fixture.nativeElement as HTMLElement).textContent?.trim() ?? '';
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('says the connection dropped only after a short grace, and goes away on reconnect', async () => {
    const socket = FakeSocket.latest();
    socket.serverConnect();
    await fixture.whenStable();
    socket.serverDisconnect();
    await fixture.whenStable();
    expect(text()).toBe('');

    await wait(DISCONNECT_GRACE_MS + 100);
    await fixture.whenStable();
    expect(text()).toContain('Koneksi terputus — menyambung ulang…');
    const region = (fixture.nativeElement as HTMLElement).querySelector('[aria-live]');
    expect(region?.getAttribute('aria-live')).toBe('polite');

    socket.serverConnect();
    await fixture.whenStable();
    expect(text()).toBe('');
  });

  it('stays quiet when the connection comes back within the grace', async () => {
    const socket = FakeSocket.latest();
    socket.serverConnect();
    socket.serverDisconnect();
    await wait(DISCONNECT_GRACE_MS / 3);
    socket.serverConnect();
    await wait(DISCONNECT_GRACE_MS);
    await fixture.whenStable();
    expect(text()).toBe('');
  });
});
