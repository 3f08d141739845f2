/**
 * An entry's text in a given language: system entries are rendered from their event, so every reader
 * (and every report) sees them in their own language. Pure: the caller passes a `t` bound to a language.
 */
import type { TFunction } from 'i18next';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';

export function entryTextOf(t: TFunction): (entry: TimelineEntry) => string {
  return (entry) => {
    const event = entry.event;
    if (!event) return entry.text;
    const v = event.values;
    switch (event.key) {
      case 'incidentOpened':
        return t(v.exercise ? 'system.incidentOpenedExercise' : 'system.incidentOpened', {
          title: v.title,
          severity: v.severity,
        });
      case 'phaseChanged':
        return t('system.phaseChanged', {
          from: t(`phases.${String(v.from)}`),
          to: t(`phases.${String(v.to)}`),
        });
      case 'severityChanged':
        return t('system.severityChanged', { from: v.from, to: v.to });
      case 'conflictResolved':
        return t('system.conflictResolved', {
          field: t(`fields.${String(v.field)}`, { defaultValue: String(v.field) }),
          value: String(v.value),
        });
      case 'stakeholderAdded':
        return t('system.stakeholderAdded', { names: v.names, count: Number(v.count ?? 1) });
      case 'stakeholderStatus': {
        const key =
          v.status === 'acknowledged' ? 'system.stakeholderAcknowledged' : 'system.stakeholderInformed';
        const parts = [t(key, { name: v.name })];
        if (v.channel) parts.push(t('system.via', { channel: v.channel }));
        return v.note ? `${parts.join(' ')}: ${String(v.note)}` : parts.join(' ');
      }
      case 'checklistItem': {
        const key =
          v.status === 'done'
            ? 'system.checklistDone'
            : v.status === 'notApplicable'
              ? 'system.checklistNotApplicable'
              : 'system.checklistReopened';
        return t(key, { channel: v.channel, text: v.text, reason: v.reason });
      }
      case 'roleAssigned': {
        const role = t(`roles.${String(v.role)}`, { defaultValue: String(v.role) });
        return v.name ? t('system.roleAssigned', { role, name: v.name }) : t('system.roleVacated', { role });
      }
      case 'draftReviewRequested': {
        const roles = String(v.roles)
          .split(', ')
          .map((r) => t(`roles.${r}`, { defaultValue: r }))
          .join(', ');
        return t('drafts.events.reviewRequested', { title: v.title, version: v.version, roles });
      }
      case 'draftDecision': {
        const role = t(`roles.${String(v.role)}`, { defaultValue: String(v.role) });
        const key =
          v.decision === 'reject' ? 'rejected' : v.ownVersion ? 'approvedOwn' : ('approved' as const);
        const text = t(`drafts.events.${key}`, {
          role,
          title: v.title,
          version: v.version,
          comment: v.comment,
        });
        return v.decision !== 'reject' && v.comment ? `${text}: ${String(v.comment)}` : text;
      }
      case 'draftPublished': {
        const values = { title: v.title, version: v.version, channel: v.channel, override: v.override };
        const text = t(v.override ? 'drafts.events.publishedOverride' : 'drafts.events.published', values);
        return v.reference ? `${text} (${String(v.reference)})` : text;
      }
      case 'draftWithdrawn': {
        const text = t('drafts.events.withdrawn', { title: v.title, version: v.version, channel: v.channel });
        return v.reason ? `${text}: ${String(v.reason)}` : text;
      }
    }
  };
}
