import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  type OnInit,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
  type ActivatedRouteSnapshot,
} from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, filter, map, of } from 'rxjs';
import type { JurisdictionPermissions } from '@simpul/contracts';
import { REPORTER_FACING } from './app.routes';
import { AuthService, SIGN_IN_PATH } from './core/auth.service';
import { HealthService } from './core/health.service';
import { JurisdictionService } from './core/jurisdiction.service';
import { reloadOnAgencyChange } from './core/reload-on-agency-change';
import { LanguageService, LANGUAGES, type Language } from './core/language.service';
import { AccountMenu } from './shell/account-menu/account-menu';
import { AgencySwitcher } from './shell/agency-switcher/agency-switcher';
import { ConnectionBanner } from './shell/connection-banner/connection-banner';
import { HealthIndicator } from './shell/health-indicator/health-indicator';
import { NotificationCenter } from './shell/notification-center/notification-center';

function deepestChild(route: ActivatedRouteSnapshot): ActivatedRouteSnapshot {
  return route.firstChild ? deepestChild(route.firstChild) : route;
}

interface NavLink {
  path: string;
  labelKey: string;
}

@Component({
  selector: 'sp-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatButtonModule,
    MatToolbarModule,
    MatMenuModule,
    TranslatePipe,
    HealthIndicator,
    AgencySwitcher,
    AccountMenu,
    ConnectionBanner,
    NotificationCenter,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App implements OnInit {
  private readonly healthService = inject(HealthService);
  private readonly languageService = inject(LanguageService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly languages = LANGUAGES;
  protected readonly language = this.languageService.language;
  protected readonly health = this.healthService.health;
  protected readonly user = this.auth.user;
  protected readonly memberships = this.auth.memberships;
  protected readonly actingAgencyId = this.auth.actingAgencyId;
  /** A reporter answering a link has no account: no sign-in button to puzzle them. */
  protected readonly reporterFacing = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => deepestChild(this.router.routerState.snapshot.root).data[REPORTER_FACING] === true),
    ),
    { initialValue: false },
  );

  /** Who may import the road registry or edit routing rules: the server decides (issue #13). */
  private readonly jurisdictionPermissions = signal<JurisdictionPermissions | null>(null);
  private readonly jurisdiction = inject(JurisdictionService);
  private readonly signedInUserId = computed(() => {
    const user = this.user();
    return user && !user.mustChangePassword ? user.id : null;
  });

  constructor() {
    reloadOnAgencyChange((_agencyId, userId) => {
      this.jurisdictionPermissions.set(null);
      if (!userId) return;
      return this.jurisdiction
        .permissions()
        .pipe(catchError(() => of(null)))
        .subscribe((permissions) => this.jurisdictionPermissions.set(permissions));
    }, this.signedInUserId);
  }

  /** Only what the user's role in the acting agency may use. */
  protected readonly navLinks = computed<NavLink[]>(() => {
    const user = this.user();
    if (!user || user.mustChangePassword) return [];
    const links: NavLink[] = [];
    if (this.auth.isMember()) links.push({ path: '/kasus', labelKey: 'nav.cases' });
    if (this.auth.isMember()) links.push({ path: '/pelimpahan', labelKey: 'nav.handoffs' });
    // Hoax clarifications are written by humas and approved by their leaders (issue #15).
    if (['humas', 'pimpinan'].includes(this.auth.actingMembership()?.role ?? ''))
      links.push({ path: '/draf-klarifikasi', labelKey: 'nav.clarifications' });
    // An agency's clarification approval chain: its admin and pimpinan, and the superadmin for any
    // agency, configure it (issue #15).
    if (
      this.auth.isSuperadmin() ||
      ['admin', 'pimpinan'].includes(this.auth.actingMembership()?.role ?? '')
    )
      links.push({ path: '/rantai-persetujuan', labelKey: 'nav.approvalChain' });
    // Arbiters are the pimpinan of a common ancestor or coordinator, else the superadmin.
    if (this.auth.isSuperadmin() || this.auth.actingMembership()?.role === 'pimpinan')
      links.push({ path: '/arbitrase', labelKey: 'nav.arbitration' });
    if (this.auth.canAdminister()) {
      links.push(
        { path: '/admin/instansi', labelKey: 'nav.agencies' },
        { path: '/admin/pengguna', labelKey: 'nav.people' },
        { path: '/admin/kalender', labelKey: 'nav.calendar' },
        { path: '/admin/audit', labelKey: 'nav.audit' },
      );
      // Keys belong to an agency: its admin issues them.
      if (this.auth.isAgencyAdmin())
        links.push({ path: '/admin/open311', labelKey: 'nav.open311' });
    }
    const jurisdiction = this.jurisdictionPermissions();
    if (jurisdiction?.importRegistry)
      links.push({ path: '/registri-jalan', labelKey: 'nav.roadRegistry' });
    if (jurisdiction?.editRules) links.push({ path: '/aturan-rute', labelKey: 'nav.routingRules' });
    return links;
  });

  ngOnInit(): void {
    this.languageService.restore();
    this.healthService.start();
  }

  protected switchLanguage(language: Language): void {
    this.languageService.use(language);
  }

  protected switchAgency(agencyId: string): void {
    this.auth.selectAgency(agencyId);
    // Administration pages are not for the role held in the newly chosen agency.
    if (!this.auth.canAdminister() && this.router.url.startsWith('/admin')) {
      void this.router.navigateByUrl(this.auth.homePath());
    }
  }

  protected signOut(): void {
    this.auth.signOut().subscribe(() => void this.router.navigateByUrl(SIGN_IN_PATH));
  }
}
