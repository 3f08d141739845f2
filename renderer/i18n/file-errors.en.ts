/**
 * English texts of refused files (an incident archive, a backup) and of reading and writing files. A
 * refused file's message names where it goes wrong (renderer/i18n/error-message.ts fills {{where}},
 * {{what}}, {{field}}, {{target}} and {{version}} from DomainError.file).
 */
export const fileErrorsEn = {
  'archive.tooLarge':
    'This file is larger than 100 MB: too large to be an incident archive. Nothing has been imported.',
  'archive.notJson':
    'This file is not a complete incident archive: it is damaged or was cut off (by an interrupted copy or download, say). Nothing has been imported.',
  'archive.notArchive': 'This file is not a Crisis Room incident archive. Nothing has been imported.',
  'archive.isBackup':
    'This file is a backup of a whole database, not an incident archive: restore it as a backup. Nothing has been imported.',
  'archive.newerVersion':
    'This archive was made by a newer version of Crisis Room ({{version}}). Update the app, then import it again. Nothing has been imported.',
  'archive.invalidRecord':
    'This archive cannot be imported: in {{where}}, {{what}}. Nothing has been imported.',
  'archive.duplicateRecord':
    'This archive cannot be imported: {{where}} has the same id as an earlier record. Nothing has been imported.',
  'archive.otherIncident':
    'This archive cannot be imported: {{where}} belongs to another incident. Nothing has been imported.',
  'archive.danglingReference':
    'This archive cannot be imported: in {{where}}, {{field}} points to a record in {{target}} that is not in the archive. Nothing has been imported.',
  'archive.hashMismatch':
    'This archive cannot be imported: in {{where}}, {{field}} does not match the text of the version it names. Nothing has been imported.',
  'backup.tooLarge':
    'This file is larger than 256 MB: too large to be a Crisis Room backup. Nothing has been restored.',
  'backup.notJson':
    'This file is not a complete backup: it is damaged or was cut off (by an interrupted copy, say). Nothing has been restored.',
  'backup.notBackup': 'This file is not a Crisis Room backup. Nothing has been restored.',
  'backup.isArchive':
    'This file is an incident archive, not a backup: import it as an incident archive. Nothing has been restored.',
  'backup.newerVersion':
    'This backup was made by a newer version of Crisis Room ({{version}}). Update the app, then restore it. Nothing has been restored.',
  'backup.invalidRecord':
    'This backup cannot be restored: in {{where}}, {{what}}. Nothing has been restored.',
  'backup.duplicateRecord':
    'This backup cannot be restored: {{where}} has the same key as an earlier row. Nothing has been restored.',
  fileWhere: {
    file: 'the file',
    record: 'record {{record}} of {{list}}',
    wholeRecord: 'the record',
  },
  fileMore_one: '{{count, number}} more record has a problem too.',
  fileMore_other: '{{count, number}} more records have a problem too.',
  fileProblems: {
    missing: '{{field}} is missing',
    type: '{{field}} has the wrong type',
    time: '{{field}} is not a time',
    date: '{{field}} is not a date',
    id: '{{field}} is not a valid id',
    format: '{{field}} is not in the right format',
    tooLong: '{{field}} is too long',
    tooShort: '{{field}} is empty or too short',
    tooBig: '{{field}} is too large',
    tooSmall: '{{field}} is too small',
    choice: '{{field}} is not one of the allowed values',
    mismatch: '{{field}} does not match',
    invalid: '{{field}} is not valid',
  },
  fileLists: {
    incident: 'the incident',
    incidents: 'the incidents',
    organisation: 'the organisation’s details',
    timeline: 'the timeline',
    members: 'the team members',
    stakeholders: 'the stakeholders',
    notifications: 'the stakeholders to inform',
    channels: 'the channels',
    checklistTemplates: 'the checklist templates',
    checklistItems: 'the checklists',
    roleAssignments: 'the roles',
    drafts: 'the drafts',
    draftVersions: 'the draft versions',
    approvals: 'the approvals',
    publications: 'the publications',
    messageTemplates: 'the message templates',
    lessons: 'the lessons learned',
    outbox: 'the changes waiting to be sent',
    oplog: 'the sync history',
    fields: 'the field history',
    conflicts: 'the conflicts',
    meta: 'the device settings',
  },
  'file.tooLarge': 'That file is too large: the limit is 256 MB.',
  'file.readFailed': 'That file could not be read. Check that it still exists and that you may open it.',
  'file.writeFailed':
    'The file could not be saved. Check that the folder exists, that you may write there and that the disk is not full.',
  'report.pdfFailed': 'The PDF could not be made. Export the report as HTML and print that instead.',
  'backup.nameInvalid': 'That is not the name of a Crisis Room backup.',
  'backup.notFound': 'That backup is no longer in the backups folder.',
};
