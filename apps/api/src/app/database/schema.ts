import type { DataSourceOptions } from 'typeorm';
import { AddCaseEventCaseVersion1796300000000 } from './migrations/1796300000000-add-case-event-case-version';
import { AddCaseCollaborations1796100000000 } from './migrations/1796100000000-add-case-collaborations';
import { AddCollaborationInviteeRelation1796110000000 } from './migrations/1796110000000-add-collaboration-invitee-relation';
import { AddNotificationGroups1796250000000 } from './migrations/1796250000000-add-notification-groups';
import { AddClarifications1796400000000 } from './migrations/1796400000000-add-clarifications';
import { AddClarificationDeliveries1796450000000 } from './migrations/1796450000000-add-clarification-deliveries';
import { AddCaseHandoffs1796050000000 } from './migrations/1796050000000-add-case-handoffs';
import { AddJurisdictionNotificationKinds1796000000000 } from './migrations/1796000000000-add-jurisdiction-notification-kinds';
import { CreateApplicationRole1795834248233 } from './migrations/1795834248233-create-application-role';
import { CreateAgenciesAndCases1795834248234 } from './migrations/1795834248234-create-agencies-and-cases';
import { AddIdentityAndAccess1795838000000 } from './migrations/1795838000000-add-identity-and-access';
import { AddCaseTimelineAndStatus1795842000000 } from './migrations/1795842000000-add-case-timeline-and-status';
import { AddCaseClocks1795850000000 } from './migrations/1795850000000-add-case-clocks';
import { AddCaseLocation1795854000000 } from './migrations/1795854000000-add-case-location';
import { AddOpen311Keys1795858000000 } from './migrations/1795858000000-add-open311-keys';
import { AddCaseSearch1795862000000 } from './migrations/1795862000000-add-case-search';
import { AddRealtimeOutbox1795866000000 } from './migrations/1795866000000-add-realtime-outbox';
import { AddCommentsAndNotifications1795870000000 } from './migrations/1795870000000-add-comments-and-notifications';
import { AddSlaReminders1795870500000 } from './migrations/1795870500000-add-sla-reminders';
import { AddInboxVisibilitySet1795890000000 } from './migrations/1795890000000-add-inbox-visibility-set';
import { AddSearchWords1795894000000 } from './migrations/1795894000000-add-search-words';
import { AddCaseInboxView1795898000000 } from './migrations/1795898000000-add-case-inbox-view';
import { AddInboxEntries1795902000000 } from './migrations/1795902000000-add-inbox-entries';
import { CacheAccessFunctionPlans1795906000000 } from './migrations/1795906000000-cache-access-function-plans';
import { AddCaseAgencySearchIndex1795910000000 } from './migrations/1795910000000-add-case-agency-search-index';
import { InboxViewsSettingOnce1795914000000 } from './migrations/1795914000000-inbox-views-setting-once';
import { SearchPrefixAsWords1795918000000 } from './migrations/1795918000000-search-prefix-as-words';
import { AddAttachmentFilesErased1795922000000 } from './migrations/1795922000000-add-attachment-files-erased';
import { AddInboxLeadView1795926000000 } from './migrations/1795926000000-add-inbox-lead-view';
import { AddCaseTimeInHand1795930000000 } from './migrations/1795930000000-add-case-time-in-hand';
import { MoveIntakeAgencyToReport1795938000000 } from './migrations/1795938000000-move-intake-agency-to-report';
import { AddMembershipInvitations1795934000000 } from './migrations/1795934000000-add-membership-invitations';
import { CacheOutboxClaimPlan1795906100000 } from './migrations/1795906100000-cache-outbox-claim-plan';
import { RevokePublicExecuteOfCaseHandSync1795942000000 } from './migrations/1795942000000-revoke-public-execute-of-case-hand-sync';
import { DropOutboxNotifyTrigger1795906200000 } from './migrations/1795906200000-drop-outbox-notify-trigger';
import { AddLaporImport1795846000000 } from './migrations/1795846000000-add-lapor-import';
import { AddCaseMerge1795878000000 } from './migrations/1795878000000-add-case-merge';
import { AddCaseTagsIndex1795886000000 } from './migrations/1795886000000-add-case-tags-index';
import { AddReporterTrackingAndMessages1795882000000 } from './migrations/1795882000000-add-reporter-tracking-and-messages';
import { AddCaseAttachments1795874000000 } from './migrations/1795874000000-add-case-attachments';
import { AddRoadRegistry1796010000000 } from './migrations/1796010000000-add-road-registry';
import { FindAnyCaseInOneSearch1796200000000 } from './migrations/1796200000000-find-any-case-in-one-search';
import { AddCaseRoadSegment1796014000000 } from './migrations/1796014000000-add-case-road-segment';
import { AddCaseLandmarkAreaSource1796653627498 } from './migrations/1796653627498-add-case-landmark-area-source';
import { AddHumasSubtreeRelation1796653598821 } from './migrations/1796653598821-add-humas-subtree-relation';
import { AddPublicEvidencePhotos1796654077838 } from './migrations/1796654077838-add-public-evidence-photos';
import { AddInboxEntryPoint1796658146892 } from './migrations/1796658146892-add-inbox-entry-point';
import { AddClarificationCommentsVersions1796653618452 } from './migrations/1796653618452-add-clarification-comments-versions';
import { AddLeaderThresholds1796653754934 } from './migrations/1796653754934-add-leader-thresholds';
import { AddClarificationChainConfig1796653633170 } from './migrations/1796653633170-add-clarification-chain-config';

// Webpack bundles the API, so migrations are listed as classes, not globs. The API reads and
// writes with SQL, so no TypeORM entity is registered (docs/schema.sql shows the tables).
export const ENTITIES: NonNullable<DataSourceOptions['entities']> = [];
export const MIGRATIONS = [
  CreateApplicationRole1795834248233,
  CreateAgenciesAndCases1795834248234,
  AddIdentityAndAccess1795838000000,
  AddCaseTimelineAndStatus1795842000000,
  AddLaporImport1795846000000,
  AddCaseClocks1795850000000,
  AddCaseLocation1795854000000,
  AddOpen311Keys1795858000000,
  AddCaseSearch1795862000000,
  AddInboxVisibilitySet1795890000000,
  AddSearchWords1795894000000,
  AddCaseInboxView1795898000000,
  AddInboxEntries1795902000000,
  CacheAccessFunctionPlans1795906000000,
  AddCaseAgencySearchIndex1795910000000,
  InboxViewsSettingOnce1795914000000,
  SearchPrefixAsWords1795918000000,
  AddAttachmentFilesErased1795922000000,
  AddInboxLeadView1795926000000,
  AddCaseTimeInHand1795930000000,
  MoveIntakeAgencyToReport1795938000000,
  AddMembershipInvitations1795934000000,
  RevokePublicExecuteOfCaseHandSync1795942000000,
  CacheOutboxClaimPlan1795906100000,
  DropOutboxNotifyTrigger1795906200000,
  AddCaseTagsIndex1795886000000,
  AddRealtimeOutbox1795866000000,
  AddCommentsAndNotifications1795870000000,
  AddSlaReminders1795870500000,
  AddCaseMerge1795878000000,
  AddReporterTrackingAndMessages1795882000000,
  AddCaseAttachments1795874000000,
  AddJurisdictionNotificationKinds1796000000000,
  AddRoadRegistry1796010000000,
  AddCaseRoadSegment1796014000000,
  AddCaseHandoffs1796050000000,
  AddCaseCollaborations1796100000000,
  AddCollaborationInviteeRelation1796110000000,
  FindAnyCaseInOneSearch1796200000000,
  AddCaseEventCaseVersion1796300000000,
  AddNotificationGroups1796250000000,
  AddClarifications1796400000000,
  AddClarificationDeliveries1796450000000,
  AddHumasSubtreeRelation1796653598821,
  AddClarificationCommentsVersions1796653618452,
  AddCaseLandmarkAreaSource1796653627498,
  AddLeaderThresholds1796653754934,
  AddClarificationChainConfig1796653633170,
  AddPublicEvidencePhotos1796654077838,
  AddInboxEntryPoint1796658146892,
];
