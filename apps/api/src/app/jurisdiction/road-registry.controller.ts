import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type {
  JurisdictionPermissions,
  RoadRegistryVersion,
  RoadSegmentsAnswer,
  RoutingRuleView,
} from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { bilingual } from '../common/bilingual';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  RegistryImportQueryDto,
  RulesQueryDto,
  SaveRoutingRuleDto,
  SegmentsBoxQueryDto,
} from './dto/registry.dto';
import {
  REGISTRY_UPLOAD_FIELD,
  RegistryUploadInterceptor,
  registryUploadError,
  type UploadedRegistryFile,
} from './registry-upload.interceptor';
import { RoadRegistryService } from './road-registry.service';
import { RoutingRulesService } from './routing-rules.service';

@ApiTags('jurisdiction')
@ApiBearerAuth()
@Controller('jurisdiction')
export class RoadRegistryController {
  constructor(
    private readonly registry: RoadRegistryService,
    private readonly rules: RoutingRulesService,
  ) {}

  /** What the caller may change here (the pages show their tools accordingly). */
  @Get('permissions')
  permissions(@CurrentActor() actor: Actor): Promise<JurisdictionPermissions> {
    return this.rules.permissions(actor);
  }

  /**
   * Starts an import (superadmin): the whole file is checked first (422 naming every problem per
   * feature, nothing stored); then a background job writes it, all or nothing.
   */
  @Post('registry/imports')
  @HttpCode(HttpStatus.ACCEPTED)
  @UseInterceptors(RegistryUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [REGISTRY_UPLOAD_FIELD],
      properties: { [REGISTRY_UPLOAD_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  startImport(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: UploadedRegistryFile | undefined,
    @Query() query: RegistryImportQueryDto,
  ): Promise<RoadRegistryVersion> {
    if (!file)
      throw registryUploadError(
        HttpStatus.BAD_REQUEST,
        bilingual(
          `${REGISTRY_UPLOAD_FIELD} wajib diunggah`,
          `${REGISTRY_UPLOAD_FIELD} is required`,
        ),
      );
    const format = query.format ?? (/\.csv$/i.test(file.originalname) ? 'csv' : 'geojson');
    return this.registry.startImport(actor, {
      format,
      content: file.buffer.toString('utf8'),
      label: query.label,
      validFrom: query.validFrom,
      fileName: file.originalname.slice(0, 255),
      replaceNetwork: query.replaceNetwork ?? false,
    });
  }

  /** Registry versions (imports), newest first, with progress. */
  @Get('registry/versions')
  versions(): Promise<RoadRegistryVersion[]> {
    return this.registry.versions();
  }

  @Get('registry/versions/:id')
  version(@Param('id', UuidParamPipe) id: string): Promise<RoadRegistryVersion> {
    return this.registry.version(id);
  }

  /** Cancels a queued or running import: nothing of it is stored. */
  @Post('registry/versions/:id/cancel')
  @HttpCode(HttpStatus.OK)
  cancel(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<RoadRegistryVersion> {
    return this.registry.cancel(actor, id);
  }

  /** Segments valid at `asOf` in a box (for the map), at most 2,000. */
  @Get('segments')
  segments(@Query() query: SegmentsBoxQueryDto): Promise<RoadSegmentsAnswer> {
    return this.registry.segments(query);
  }

  @Get('rules')
  listRules(@Query() query: RulesQueryDto): Promise<RoutingRuleView[]> {
    return this.rules.list(query.includeClosed ?? false);
  }

  @Post('rules')
  createRule(
    @CurrentActor() actor: Actor,
    @Body() body: SaveRoutingRuleDto,
  ): Promise<RoutingRuleView> {
    return this.rules.create(actor, body);
  }

  /** A new version of the rule from today; the old one stays in the history. */
  @Put('rules/:id')
  updateRule(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SaveRoutingRuleDto,
  ): Promise<RoutingRuleView> {
    return this.rules.update(actor, id, body);
  }

  @Delete('rules/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async closeRule(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<void> {
    await this.rules.close(actor, id);
  }
}
