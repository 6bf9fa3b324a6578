import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { MEMBERSHIP_ROLES, type MembershipRole, type UserSummary } from '@simpul/contracts';
import { filter, switchMap, type Observable } from 'rxjs';
import { AuthService } from '../../../core/auth.service';
import { LanguageService } from '../../../core/language.service';
import { PeopleService } from '../../../core/people.service';
import { agencyResource } from '../../../core/reload-on-agency-change';
import { confirmAction } from '../../../ui/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { HandoverLink } from '../../../ui/handover-link/handover-link';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';
import {
  AddPersonDialog,
  type AddPersonDialogData,
  type AddPersonResult,
} from '../add-person-dialog/add-person-dialog';

/** What the admin must pass on after adding a person or creating a reset link. */
interface Handover {
  headingKey: string;
  noteKeys: string[];
  name: string;
  email: string;
  agency?: string;
  url: string | null;
}

@Component({
  selector: 'sp-people-list-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
    HandoverLink,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-list-page.html',
  styleUrl: './people-list-page.scss',
})
export class PeopleListPage {
  private readonly auth = inject(AuthService);
  private readonly peopleService = inject(PeopleService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).language;

  protected readonly roles = MEMBERSHIP_ROLES;
  protected readonly agency = this.auth.actingMembership;
  protected readonly isSuperadmin = this.auth.isSuperadmin;
  private readonly myId = computed(() => this.auth.user()?.id ?? null);

  /** Reloads when the user switches the agency they act for. */
  protected readonly people = agencyResource({
    stream: () => this.peopleService.list(),
    defaultValue: [],
  });
  protected readonly handover = signal<Handover | null>(null);
  protected readonly busyUserId = signal<string | null>(null);
  protected readonly actionError = signal<unknown>(null);

  protected isMe(person: UserSummary): boolean {
    return person.id === this.myId();
  }

  /** The person's role in the acting agency, when they belong to it. */
  protected roleHere(person: UserSummary): MembershipRole | null {
    const agencyId = this.auth.actingAgencyId();
    return person.memberships.find((m) => m.agencyId === agencyId)?.role ?? null;
  }

  protected canManageMembership(person: UserSummary): boolean {
    return !this.isMe(person) && this.roleHere(person) !== null;
  }

  /** Admins add to the acting agency; the superadmin chooses the agency. */
  protected readonly canAddPeople = computed(() => this.agency() !== null || this.isSuperadmin());

  protected openAddPersonDialog(): void {
    const agency = this.agency();
    if (!this.canAddPeople()) return;
    this.dialog
      .open<AddPersonDialog, AddPersonDialogData, AddPersonResult>(AddPersonDialog, {
        data: {
          agencyId: agency?.agencyId ?? null,
          agencyShortName: agency?.agencyShortName ?? null,
          chooseAgency: this.isSuperadmin(),
        },
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        this.showInvitation(result);
        // An invited account is no member until it accepts: the list stays as it is.
        if (result.response.outcome === 'created') this.people.reload();
      });
  }

  protected changeRole(person: UserSummary, role: MembershipRole): void {
    this.runAction(person, this.peopleService.changeRole(person.id, role), 'people.roleChanged');
  }

  protected createResetLink(person: UserSummary): void {
    this.busyUserId.set(person.id);
    this.actionError.set(null);
    this.peopleService.createPasswordResetLink(person.id).subscribe({
      next: (link) => {
        this.busyUserId.set(null);
        this.handover.set({
          headingKey: link.resetUrl ? 'people.resetLinkHeading' : 'people.resetEmailedHeading',
          noteKeys: link.resetUrl ? ['people.resetLinkNote'] : ['people.resetEmailedNote'],
          name: person.name,
          email: person.email,
          url: link.resetUrl ?? null,
        });
      },
      error: (error: unknown) => this.failAction(error),
    });
  }

  protected deactivate(person: UserSummary): void {
    confirmAction(this.dialog, {
      title: 'people.deactivateTitle',
      message: 'people.deactivateBody',
      confirm: 'people.deactivate',
      params: { name: person.name },
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.runAction(
          person,
          this.peopleService.setActive(person.id, false),
          'people.deactivated',
        ),
      );
  }

  protected reactivate(person: UserSummary): void {
    this.runAction(person, this.peopleService.setActive(person.id, true), 'people.reactivated');
  }

  protected removeFromAgency(person: UserSummary): void {
    const agency = this.agency();
    if (!agency) return;
    confirmAction(this.dialog, {
      title: 'people.removeTitle',
      message: 'people.removeBody',
      confirm: 'people.remove',
      params: { name: person.name, agency: agency.agencyShortName },
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busyUserId.set(person.id);
          this.actionError.set(null);
          return this.peopleService.removeFromAgency(person.id);
        }),
      )
      .subscribe({
        next: () => {
          this.busyUserId.set(null);
          this.people.update((all) => all.filter((p) => p.id !== person.id));
          this.notify('people.removed', person.name);
        },
        error: (error: unknown) => this.failAction(error),
      });
  }

  protected dismissHandover(): void {
    this.handover.set(null);
  }

  private showInvitation({ response, usedTemporaryPassword }: AddPersonResult): void {
    if (response.outcome === 'invitation_sent') {
      const { invitation, emailed } = response;
      this.handover.set({
        headingKey: 'people.invitationSentHeading',
        noteKeys: [
          'people.invitationSentNote',
          emailed ? 'people.invitationSentEmailedNote' : 'people.invitationSentInAppNote',
        ],
        name: invitation.email,
        email: invitation.email,
        agency: invitation.agencyShortName,
        url: null,
      });
      return;
    }
    const { user, inviteUrl, emailed } = response;
    let headingKey = 'people.addedHeading';
    const noteKeys: string[] = [];
    if (usedTemporaryPassword) {
      noteKeys.push('people.temporaryPasswordNote');
    } else if (inviteUrl) {
      headingKey = 'people.inviteLinkHeading';
      noteKeys.push('people.inviteLinkNote', 'people.noEmailNote');
    } else if (emailed) {
      noteKeys.push('people.invitationEmailedNote');
    }
    this.handover.set({
      headingKey,
      noteKeys,
      name: user.name,
      email: user.email,
      url: usedTemporaryPassword ? null : (inviteUrl ?? null),
    });
  }

  private runAction(person: UserSummary, action: Observable<UserSummary>, doneKey: string): void {
    this.busyUserId.set(person.id);
    this.actionError.set(null);
    action.subscribe({
      next: (updated) => {
        this.busyUserId.set(null);
        this.people.update((all) => all.map((p) => (p.id === updated.id ? updated : p)));
        this.notify(doneKey, person.name);
      },
      error: (error: unknown) => this.failAction(error),
    });
  }

  private failAction(error: unknown): void {
    this.busyUserId.set(null);
    this.actionError.set(error);
    // The list may no longer match the server (a role select already shows the new value).
    this.people.reload();
  }

  private notify(key: string, name: string): void {
    this.snackBar.open(this.translate.instant(key, { name }), undefined, { duration: 4000 });
  }
}
