import { Module } from '@nestjs/common';
import { CaseKernelModule } from '../case-kernel/case-kernel.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OwnerSuggestionController } from './owner-suggestion.controller';
import { OwnerSuggestionService } from './owner-suggestion.service';
import { RoadRegistryController } from './road-registry.controller';
import { RoadRegistryService } from './road-registry.service';
import { RoutingRulesService } from './routing-rules.service';

/**
 * Jurisdiction (issue #13): the road-status registry and its imports, the routing rules, and the
 * owner suggestion every intake path and the disposition dialog ask.
 */
@Module({
  imports: [CaseKernelModule, NotificationsModule],
  controllers: [OwnerSuggestionController, RoadRegistryController],
  providers: [OwnerSuggestionService, RoadRegistryService, RoutingRulesService],
  exports: [OwnerSuggestionService, RoadRegistryService],
})
export class JurisdictionModule {}
