/**
 * The references inside an incident archive: every record belongs to the archive's incident, and every
 * record it points to is in the archive (the entry a correction amends, the stakeholder on the board, the
 * channel of a checklist item, a version's draft and parents, the version an approval or publication
 * names, with the same text hash, the publication a withdrawal takes back). An archive that passes can be
 * imported into an empty database and read back as a whole report. Members, message templates and the
 * channels a draft targets are not required: names are kept on the records themselves.
 */
import type { DomainError } from '../domain/errors';
import { incidentOwnLists, type IncidentData, type IncidentDataList } from './incident-data';
import { withMore } from './file-check';

interface Found {
  list: IncidentDataList;
  index: number;
  error: DomainError;
}

type Check = (data: IncidentData, ids: Ids, report: (found: Omit<Found, 'error'> & Problem) => void) => void;

interface Problem {
  code: 'archive.otherIncident' | 'archive.danglingReference' | 'archive.hashMismatch';
  field: string;
  target?: IncidentDataList;
}

type Ids = Record<'timeline' | 'stakeholders' | 'channels' | 'drafts' | 'publications', Set<string>> & {
  versions: Map<string, string>;
};

const checks: Check[] = [
  (data, _ids, report) => {
    for (const list of incidentOwnLists)
      data[list].forEach((record, index) => {
        if (record.incidentId !== data.incident.id)
          report({ list, index, code: 'archive.otherIncident', field: 'incidentId' });
      });
  },
  (data, ids, report) =>
    data.timeline.forEach((entry, index) => {
      if (entry.amends && !ids.timeline.has(entry.amends.entryId))
        report({ list: 'timeline', index, ...dangling('amends.entryId', 'timeline') });
    }),
  (data, ids, report) =>
    data.notifications.forEach((n, index) => {
      if (!ids.stakeholders.has(n.stakeholderId))
        report({ list: 'notifications', index, ...dangling('stakeholderId', 'stakeholders') });
    }),
  (data, ids, report) =>
    data.checklistItems.forEach((item, index) => {
      if (!ids.channels.has(item.channelId))
        report({ list: 'checklistItems', index, ...dangling('channelId', 'channels') });
    }),
  (data, ids, report) =>
    data.draftVersions.forEach((version, index) => {
      if (!ids.drafts.has(version.draftId))
        report({ list: 'draftVersions', index, ...dangling('draftId', 'drafts') });
      version.parentIds.forEach((parent, i) => {
        if (!ids.versions.has(parent))
          report({ list: 'draftVersions', index, ...dangling(`parentIds.${i}`, 'draftVersions') });
      });
    }),
  (data, ids, report) => {
    for (const list of ['approvals', 'publications'] as const)
      data[list].forEach((record, index) => {
        const hash = ids.versions.get(record.versionId);
        if (!ids.drafts.has(record.draftId)) report({ list, index, ...dangling('draftId', 'drafts') });
        if (hash === undefined) report({ list, index, ...dangling('versionId', 'draftVersions') });
        else if (hash !== record.hash) report({ list, index, code: 'archive.hashMismatch', field: 'hash' });
      });
  },
  (data, ids, report) =>
    data.publications.forEach((p, index) => {
      if (p.kind === 'withdrawn' && (p.publicationId === null || !ids.publications.has(p.publicationId)))
        report({ list: 'publications', index, ...dangling('publicationId', 'publications') });
    }),
];

function dangling(field: string, target: IncidentDataList): Problem {
  return { code: 'archive.danglingReference', field, target };
}

const idSet = (records: readonly { id: string }[]) => new Set(records.map((r) => r.id));

/** The first broken reference (checks in the order above, records in file order), or null. */
export function archiveReferencesCheck(data: IncidentData): DomainError | null {
  const ids: Ids = {
    timeline: idSet(data.timeline),
    stakeholders: idSet(data.stakeholders),
    channels: idSet(data.channels),
    drafts: idSet(data.drafts),
    publications: idSet(data.publications),
    versions: new Map(data.draftVersions.map((v) => [v.id, v.hash])),
  };
  const found: Found[] = [];
  for (const check of checks)
    check(data, ids, ({ list, index, code, field, target }) => {
      const file = { list, record: index + 1, field, ...(target ? { target } : {}) };
      found.push({ list, index, error: { code, file } });
    });
  if (found.length === 0) return null;
  const wrongRecords = new Set(found.map((f) => `${f.list}/${f.index}`)).size;
  return withMore(found[0]!.error, wrongRecords - 1);
}
