import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessage } from '../../../../ui/error-message/error-message';

/** An agency a comment mentioned that is not on the case. */
export interface InvitableAgency {
  id: string;
  name: string;
}

/**
 * After a comment mentions agencies that are not on the case: offers to invite each as observer
 * (where the reader may), or says who can.
 */
@Component({
  selector: 'sp-observer-invite',
  imports: [MatButtonModule, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './observer-invite.html',
  styleUrl: './observer-invite.scss',
})
export class ObserverInvite {
  readonly agencies = input.required<InvitableAgency[]>();
  readonly canInvite = input(false);
  /** The agency being invited now; every invite button waits for it. */
  readonly inviting = input<string | null>(null);
  readonly error = input<unknown>(null);
  readonly inviteRequested = output<InvitableAgency>();
  readonly dismissed = output<void>();
}
