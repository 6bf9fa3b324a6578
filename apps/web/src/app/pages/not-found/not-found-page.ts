import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'sp-not-found-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'notFound.title' | translate }}</h1>
    <p>{{ 'notFound.body' | translate: { path: path } }}</p>
    <a mat-flat-button routerLink="/">{{ 'notFound.back' | translate }}</a>
  `,
})
export class NotFoundPage {
  protected readonly path = inject(Router).url;
}
