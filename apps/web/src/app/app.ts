import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { HealthService } from './core/health.service';
import { LanguageService, LANGUAGES, type Language } from './core/language.service';
import { HealthIndicator } from './shell/health-indicator/health-indicator';

@Component({
  selector: 'sp-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatButtonToggleModule,
    TranslatePipe,
    HealthIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App implements OnInit {
  private readonly healthService = inject(HealthService);
  private readonly languageService = inject(LanguageService);

  protected readonly languages = LANGUAGES;
  protected readonly language = this.languageService.language;
  protected readonly health = this.healthService.health;

  ngOnInit(): void {
    this.languageService.restore();
    this.healthService.start();
  }

  protected switchLanguage(language: Language): void {
    this.languageService.use(language);
  }
}
