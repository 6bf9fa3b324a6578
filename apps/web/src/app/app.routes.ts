import type { Routes } from '@angular/router';
import {
  administratorGuard,
  passwordChangeGuard,
  signedInGuard,
  signedOutGuard,
} from './core/auth.guards';

/** Route data flag: a page for the public (a reporter), where the staff's sign-in is noise. */
export const REPORTER_FACING = 'reporterFacing';

export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./pages/home/home-page').then((m) => m.HomePage),
  },
  {
    path: 'masuk',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./pages/auth/sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'lupa-sandi',
    loadComponent: () =>
      import('./pages/auth/forgot-password/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'atur-ulang-sandi/:token',
    data: { purpose: 'reset' },
    loadComponent: () =>
      import('./pages/auth/set-password/set-password-page').then((m) => m.SetPasswordPage),
  },
  {
    path: 'undangan/:token',
    data: { purpose: 'invitation' },
    loadComponent: () =>
      import('./pages/auth/set-password/set-password-page').then((m) => m.SetPasswordPage),
  },
  {
    path: 'ganti-sandi',
    canActivate: [passwordChangeGuard],
    loadComponent: () =>
      import('./pages/auth/change-password/change-password-page').then((m) => m.ChangePasswordPage),
  },
  {
    // The reporter's page behind a location request link: no sign-in, the token decides.
    path: 'lokasi/:token',
    data: { [REPORTER_FACING]: true },
    loadComponent: () =>
      import('./pages/location-request/location-request-page').then((m) => m.LocationRequestPage),
  },
  {
    // The reporter's tracking page: the secret code comes in the link's fragment (#t=…).
    path: 'lacak/:caseNumber',
    data: { [REPORTER_FACING]: true },
    loadComponent: () => import('./pages/tracking/tracking-page').then((m) => m.TrackingPage),
  },
  {
    // Opened bare: a form asks for the case number and the code.
    path: 'lacak',
    data: { [REPORTER_FACING]: true },
    loadComponent: () => import('./pages/tracking/tracking-page').then((m) => m.TrackingPage),
  },
  {
    path: '',
    canActivateChild: [signedInGuard],
    children: [
      {
        path: 'kasus',
        loadComponent: () =>
          import('./pages/cases/case-list/case-list-page').then((m) => m.CaseListPage),
      },
      {
        // Before `kasus/:id`, which would otherwise take "baru" for a case id.
        path: 'kasus/baru',
        loadComponent: () =>
          import('./pages/cases/case-intake/case-intake-page').then((m) => m.CaseIntakePage),
      },
      {
        // The printable dossier: the shell's toolbar is left out of the print.
        path: 'kasus/:id/cetak',
        loadComponent: () =>
          import('./pages/cases/case-dossier/case-dossier-page').then((m) => m.CaseDossierPage),
      },
      {
        // The signed-in person's invitations to agencies (accept or decline).
        path: 'undangan-instansi',
        loadComponent: () =>
          import('./pages/invitations/my-invitations-page').then((m) => m.MyInvitationsPage),
      },
      {
        // Pelimpahan: proposals to and from the acting agency.
        path: 'pelimpahan',
        loadComponent: () =>
          import('./pages/handoffs/handoff-queue-page').then((m) => m.HandoffQueuePage),
      },
      {
        // Hoax clarification drafts (issue #15): the list with 24-hour clocks, then the editor.
        path: 'draf-klarifikasi',
        loadComponent: () =>
          import('./pages/clarifications/clarification-list-page').then(
            (m) => m.ClarificationListPage,
          ),
      },
      {
        // An agency's approval chain for its clarifications (issue #15 item 3).
        path: 'rantai-persetujuan',
        loadComponent: () =>
          import('./pages/clarifications/chain/approval-chain-page').then(
            (m) => m.ApprovalChainPage,
          ),
      },
      {
        path: 'draf-klarifikasi/:id',
        loadComponent: () =>
          import('./pages/clarifications/clarification-editor-page').then(
            (m) => m.ClarificationEditorPage,
          ),
      },
      {
        // Arbitration: cases that bounced between agencies, for their arbiter (issue #13).
        path: 'arbitrase',
        loadComponent: () =>
          import('./pages/arbitration/arbitration-page').then((m) => m.ArbitrationPage),
      },
      {
        // The road-status registry (issue #13): every officer reads it; the superadmin imports.
        path: 'registri-jalan',
        loadComponent: () =>
          import('./pages/road-registry/road-registry-page').then((m) => m.RoadRegistryPage),
      },
      {
        path: 'registri-jalan/impor',
        loadComponent: () =>
          import('./pages/road-registry/road-registry-import-page').then(
            (m) => m.RoadRegistryImportPage,
          ),
      },
      {
        // Routing rules: read by every officer, edited by the superadmin and coordinators.
        path: 'aturan-rute',
        loadComponent: () =>
          import('./pages/routing-rules/routing-rules-page').then((m) => m.RoutingRulesPage),
      },
      {
        path: 'lapor/impor',
        loadComponent: () =>
          import('./pages/lapor-import/lapor-import-page').then((m) => m.LaporImportPage),
      },
      {
        path: 'kasus/:id',
        loadComponent: () =>
          import('./pages/cases/case-detail/case-detail-page').then((m) => m.CaseDetailPage),
      },
      {
        path: 'admin',
        canActivateChild: [administratorGuard],
        children: [
          {
            path: 'instansi',
            loadComponent: () =>
              import('./pages/agencies/agency-list/agency-list-page').then((m) => m.AgencyListPage),
          },
          {
            path: 'pengguna',
            loadComponent: () =>
              import('./pages/people/people-list/people-list-page').then((m) => m.PeopleListPage),
          },
          {
            path: 'open311',
            loadComponent: () =>
              import('./pages/open311-keys/open311-keys-page').then((m) => m.Open311KeysPage),
          },
          {
            path: 'kalender',
            loadComponent: () =>
              import('./pages/calendar/calendar-page').then((m) => m.CalendarPage),
          },
          {
            path: 'audit',
            loadComponent: () =>
              import('./pages/audit/audit-log/audit-log-page').then((m) => m.AuditLogPage),
          },
        ],
      },
    ],
  },
  {
    path: '**',
    loadComponent: () => import('./pages/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
