import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { webTestProviders } from '../../../../testing/web-test-providers';
import type { MentionCandidate } from '../mentions';
import { MentionMenu } from './mention-menu';

const OPTIONS: MentionCandidate[] = [
  { kind: 'agency', id: 'agency-dishub', label: 'Dishub Malang', detail: 'Pengamat' },
  { kind: 'user', id: 'user-2', label: 'Budi Santoso', detail: 'Dishub Malang' },
];

describe('MentionMenu', () => {
  let fixture: ComponentFixture<MentionMenu>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [MentionMenu], providers: webTestProviders() });
    fixture = TestBed.createComponent(MentionMenu);
    fixture.componentRef.setInput('options', OPTIONS);
    fixture.componentRef.setInput('activeIndex', 1);
    await fixture.whenStable();
  });

  const list = () => (fixture.nativeElement as HTMLElement).querySelector('#thread-mentions');
  const options = () =>
    Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[role=option]'),
    );

  it('lists the options with the ids and selection the composer points to', () => {
    expect(list()?.hasAttribute('hidden')).toBeFalse();
    expect(options().map((o) => o.id)).toEqual(['thread-mention-0', 'thread-mention-1']);
    expect(options().map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(options()[0].textContent).toContain('Instansi');
    expect(options()[1].textContent).toContain('Budi Santoso');
  });

  it('picks with the pointer without taking the focus from the text', () => {
    const chosen: MentionCandidate[] = [];
    fixture.componentInstance.chosen.subscribe((option) => chosen.push(option));
    const press = new MouseEvent('mousedown', { cancelable: true });
    options()[0].dispatchEvent(press);
    expect(press.defaultPrevented).toBeTrue();
    expect(chosen).toEqual([OPTIONS[0]]);
  });

  it('is hidden with nothing to offer', async () => {
    fixture.componentRef.setInput('options', []);
    await fixture.whenStable();
    expect(list()?.hasAttribute('hidden')).toBeTrue();
    expect(options().length).toBe(0);
  });
});
