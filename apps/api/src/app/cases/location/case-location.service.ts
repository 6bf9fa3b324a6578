import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { LocationRequestResponse, PublicLocationRequest } from '@simpul/contracts';
import type { CaseAccessContext } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { hashToken, newSecureToken } from '../../auth/secure-token';
import { ApiException } from '../../common/api-exception';
import { bilingual } from '../../common/bilingual';
import { appConfig, type AppConfigNamespace } from '../../config/app-config';
import { runQuery } from '../../database/typed-query';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { caseStatus } from '../../case-kernel/case-repository';
import { decideTransition } from '../../case-kernel/case-status.machine';
import { CaseLocationWriter } from './case-location-writer';
import { INDONESIA } from './location-input';
import {
  answerLocationLink,
  insertLocationRequest,
  locationLinkAnswered,
  lockLocationCase,
  publicLocationRequest,
} from './case-location.queries';
import { CaseStatusWriter } from '../../case-kernel/case-status-writer';
import type { LocationAnswerDto } from '../dto/location.dto';
import { normalisePhone, whatsappLink } from '../../common/phone';
import { CaseUnitOfWork } from '../../case-kernel/case-unit-of-work';

/** The reporter has as long to answer as the needs-information clock runs (30 days). */
const LOCATION_REQUEST_DAYS = 30;

const invalidLink = () =>
  new ApiException(
    HttpStatus.NOT_FOUND,
    'INVALID_LINK',
    bilingual(
      'Tautan tidak berlaku atau sudah kedaluwarsa. Hubungi kembali petugas yang mengirimkannya.',
      'The link is invalid or has expired. Contact the officer who sent it.',
    ),
  );

/**
 * "Ask the reporter for the location" (DOMAIN.md §4): puts the case on hold with its own clock and
 * issues a one-time link to a public page where the reporter drops a pin; the answer lands on the
 * case and restarts the work.
 */
@Injectable()
export class CaseLocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly statusWriter: CaseStatusWriter,
    private readonly eventLog: CaseEventLog,
    private readonly locationWriter: CaseLocationWriter,
  ) {}

  async requestFromReporter(
    actor: Actor,
    caseId: string,
    note: string | undefined,
  ): Promise<LocationRequestResponse> {
    return this.unitOfWork.run(actor, caseId, 'update', (manager, access) =>
      this.issueRequest(manager, actor, access, caseId, note),
    );
  }

  /**
   * Issues a location request inside the caller's transaction, after the caller checked that the
   * actor may update the case (also used by the messages to reporters).
   */
  async issueRequest(
    manager: EntityManager,
    actor: Actor,
    access: CaseAccessContext,
    caseId: string,
    note: string | undefined,
  ): Promise<LocationRequestResponse> {
    const [locked] = await runQuery(manager, lockLocationCase, { caseId });
    const kase = {
      ...locked,
      status: caseStatus(locked.status),
      status_before_hold:
        locked.status_before_hold === null ? null : caseStatus(locked.status_before_hold),
    };
    const reason = 'Meminta titik lokasi kepada pelapor';
    if (kase.status !== 'needs_information') {
      const decision = decideTransition(
        'request_information',
        kase.status,
        kase.status_before_hold,
        { kind: 'person', access },
        reason,
      );
      if (!decision.ok) {
        throw new ApiException(
          HttpStatus.CONFLICT,
          'INVALID_TRANSITION',
          bilingual(
            'Lokasi tidak dapat diminta pada status kasus saat ini.',
            'The location cannot be requested in the current case status.',
          ),
        );
      }
      await this.statusWriter.apply(
        manager,
        caseId,
        actor,
        'request_information',
        { from: kase.status, to: decision.to, holdFrom: decision.holdFrom },
        reason,
      );
    }
    const { token, hash } = newSecureToken();
    const [{ expires_at }] = await runQuery(manager, insertLocationRequest, {
      tokenHash: hash,
      caseId,
      createdBy: actor.userId,
      days: LOCATION_REQUEST_DAYS,
    });
    await this.eventLog.append(manager, caseId, actor, 'case.location_requested', null, {
      expiresAt: expires_at.toISOString(),
    });
    const url = `${this.config.publicUrl}/lokasi/${token}`;
    const messageText =
      (note?.trim() ||
        `Terima kasih atas laporan Anda (${kase.number}). Agar petugas dapat segera menangani, mohon tunjukkan lokasinya pada peta melalui tautan berikut`) +
      `:\n${url}\n\nTautan berlaku ${LOCATION_REQUEST_DAYS} hari.`;
    const phone = normalisePhone(kase.contact);
    return {
      url,
      expiresAt: expires_at.toISOString(),
      messageText,
      whatsappUrl: phone ? whatsappLink(phone, messageText) : null,
    };
  }

  /**
   * The public page's view: the case number and title only, never people or internal notes; a case
   * that ever held a rahasia report is named by its number (its words stay out of public pages).
   */
  async publicView(token: string): Promise<PublicLocationRequest> {
    return this.asSystem(async (manager) => {
      const [row] = await runQuery(manager, publicLocationRequest, {
        tokenHash: hashToken(token),
      });
      if (!row) throw invalidLink();
      return {
        caseNumber: row.number,
        caseTitle: row.title,
        expiresAt: row.expires_at.toISOString(),
        answered: row.answered_at !== null,
      };
    });
  }

  /** The reporter's pin lands on the case; a case on hold goes back to work. */
  async answer(token: string, body: LocationAnswerDto): Promise<void> {
    if (
      body.lat < INDONESIA.minLat ||
      body.lat > INDONESIA.maxLat ||
      body.lng < INDONESIA.minLng ||
      body.lng > INDONESIA.maxLng
    ) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'OUTSIDE_INDONESIA',
        bilingual(
          'Titik berada di luar wilayah Indonesia. Periksa kembali peta Anda.',
          'The point is outside Indonesia. Check the map again.',
        ),
        [
          {
            field: 'lat',
            message: bilingual('lat/lng di luar wilayah Indonesia', 'lat/lng is outside Indonesia'),
          },
        ],
      );
    }
    await this.asSystem(async (manager) => {
      const rows = await runQuery(manager, answerLocationLink, {
        tokenHash: hashToken(token),
        answer: JSON.stringify({ lat: body.lat, lng: body.lng, note: body.note ?? null }),
      });
      if (rows.length === 0) {
        const [used] = await runQuery(manager, locationLinkAnswered, {
          tokenHash: hashToken(token),
        });
        if (used?.answered_at) {
          throw new ApiException(
            HttpStatus.CONFLICT,
            'ALREADY_ANSWERED',
            bilingual(
              'Lokasi sudah dikirim melalui tautan ini. Terima kasih.',
              'The location was already sent through this link. Thank you.',
            ),
          );
        }
        throw invalidLink();
      }
      const caseId = rows[0].case_id;
      const before = await this.locationWriter.setPoint(manager, caseId, null, {
        lat: body.lat,
        lng: body.lng,
        confidence: 'pinned',
        source: 'reporter',
        note: body.note,
        // The reporter's landmark ("Patokan") shows in the case's location block.
        landmark: body.note,
      });
      if (before.status === 'needs_information') {
        const decision = decideTransition(
          'information_received',
          before.status,
          before.statusBeforeHold,
          { kind: 'system' },
          undefined,
        );
        if (decision.ok) {
          await this.statusWriter.apply(
            manager,
            caseId,
            null,
            'information_received',
            { from: before.status, to: decision.to, holdFrom: null },
            'Pelapor mengirim titik lokasi',
          );
        }
      }
    });
  }

  /** Public routes carry no actor: the token is the authorisation, checked in every query. */
  private asSystem<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      return work(manager);
    });
  }
}
