import { NOTIFICATION_GROUPS, type NotificationGroup } from '@simpul/contracts';

/**
 * The one place that decides how notifications are grouped (issue #14, item 7). A grouped
 * notification carries `group_key` = `<group>:<scope>`; while its recipient has not read it, the
 * next notification with the same key updates it (count, title, latest body, time) instead of
 * adding a row (migration AddNotificationGroups, `simpul_notify_grouped`). Later kinds (handoffs,
 * digests) add a group to NOTIFICATION_GROUPS in the contracts and a title here.
 */
export interface NotificationGrouping {
  group: NotificationGroup;
  /** What one group gathers, e.g. the id of one LAPOR import run. */
  scope: string;
}

/** The title of a group standing for `{n}` notifications (the web words it by group too). */
const GROUP_TITLES: Record<NotificationGroup, (context: { agency: string }) => string> = {
  lapor_import: ({ agency }) => `{n} aduan baru dari impor LAPOR untuk ${agency}`,
  clarification_approval: ({ agency }) => `{n} pemberitahuan persetujuan klarifikasi: ${agency}`,
};

export function groupKey(grouping: NotificationGrouping): string {
  return `${grouping.group}:${grouping.scope}`.slice(0, 120);
}

/** The group a stored key belongs to (null for a notification that stands alone). */
export function groupOfKey(key: string | null): NotificationGroup | null {
  if (!key) return null;
  const prefix = key.slice(0, key.indexOf(':'));
  return NOTIFICATION_GROUPS.find((group) => group === prefix) ?? null;
}

/** The title template (`{n}` is the count) of a group. */
export function groupTitle(group: NotificationGroup, context: { agency: string }): string {
  return GROUP_TITLES[group](context);
}
