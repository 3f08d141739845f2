/** Nederlandse teksten van geweigerde bestanden (een incidentarchief, een back-up) en van lezen en schrijven. */
import type { fileErrorsEn } from './file-errors.en';
import type { Shape } from './shape';

export const fileErrorsNl: Shape<typeof fileErrorsEn> = {
  'archive.tooLarge':
    'Dit bestand is groter dan 100 MB: te groot voor een incidentarchief. Er is niets geïmporteerd.',
  'archive.notJson':
    'Dit bestand is geen volledig incidentarchief: het is beschadigd of afgebroken (bijvoorbeeld door een onderbroken kopie of download). Er is niets geïmporteerd.',
  'archive.notArchive': 'Dit bestand is geen incidentarchief van Crisis Room. Er is niets geïmporteerd.',
  'archive.isBackup':
    'Dit bestand is een back-up van een hele database, geen incidentarchief: zet het terug als back-up. Er is niets geïmporteerd.',
  'archive.newerVersion':
    'Dit archief is gemaakt met een nieuwere versie van Crisis Room ({{version}}). Werk de app bij en importeer het dan opnieuw. Er is niets geïmporteerd.',
  'archive.invalidRecord':
    'Dit archief kan niet worden geïmporteerd: in {{where}} {{what}}. Er is niets geïmporteerd.',
  'archive.duplicateRecord':
    'Dit archief kan niet worden geïmporteerd: {{where}} heeft hetzelfde id als een eerder record. Er is niets geïmporteerd.',
  'archive.otherIncident':
    'Dit archief kan niet worden geïmporteerd: {{where}} hoort bij een ander incident. Er is niets geïmporteerd.',
  'archive.danglingReference':
    'Dit archief kan niet worden geïmporteerd: in {{where}} verwijst {{field}} naar een record in {{target}} dat niet in het archief staat. Er is niets geïmporteerd.',
  'archive.hashMismatch':
    'Dit archief kan niet worden geïmporteerd: in {{where}} past {{field}} niet bij de tekst van de versie die het noemt. Er is niets geïmporteerd.',
  'backup.tooLarge':
    'Dit bestand is groter dan 256 MB: te groot voor een back-up van Crisis Room. Er is niets teruggezet.',
  'backup.notJson':
    'Dit bestand is geen volledige back-up: het is beschadigd of afgebroken (bijvoorbeeld door een onderbroken kopie). Er is niets teruggezet.',
  'backup.notBackup': 'Dit bestand is geen back-up van Crisis Room. Er is niets teruggezet.',
  'backup.isArchive':
    'Dit bestand is een incidentarchief, geen back-up: importeer het als incidentarchief. Er is niets teruggezet.',
  'backup.newerVersion':
    'Deze back-up is gemaakt met een nieuwere versie van Crisis Room ({{version}}). Werk de app bij en zet hem dan terug. Er is niets teruggezet.',
  'backup.invalidRecord':
    'Deze back-up kan niet worden teruggezet: in {{where}} {{what}}. Er is niets teruggezet.',
  'backup.duplicateRecord':
    'Deze back-up kan niet worden teruggezet: {{where}} heeft dezelfde sleutel als een eerdere rij. Er is niets teruggezet.',
  fileWhere: {
    file: 'het bestand',
    record: 'record {{record}} van {{list}}',
    wholeRecord: 'het record',
  },
  fileMore_one: 'Nog {{count, number}} record heeft ook een probleem.',
  fileMore_other: 'Nog {{count, number}} records hebben ook een probleem.',
  fileProblems: {
    missing: 'ontbreekt {{field}}',
    type: 'heeft {{field}} het verkeerde type',
    time: 'is {{field}} geen tijdstip',
    date: 'is {{field}} geen datum',
    id: 'is {{field}} geen geldig id',
    format: 'heeft {{field}} niet de juiste vorm',
    tooLong: 'is {{field}} te lang',
    tooShort: 'is {{field}} leeg of te kort',
    tooBig: 'is {{field}} te groot',
    tooSmall: 'is {{field}} te klein',
    choice: 'is {{field}} geen van de toegestane waarden',
    mismatch: 'klopt {{field}} niet',
    invalid: 'is {{field}} ongeldig',
  },
  fileLists: {
    incident: 'het incident',
    incidents: 'de incidenten',
    organisation: 'de organisatiegegevens',
    timeline: 'de tijdlijn',
    members: 'de teamleden',
    stakeholders: 'de stakeholders',
    notifications: 'de te informeren stakeholders',
    channels: 'de kanalen',
    checklistTemplates: 'de checklistsjablonen',
    checklistItems: 'de checklists',
    roleAssignments: 'de rollen',
    drafts: 'de concepten',
    draftVersions: 'de conceptversies',
    approvals: 'de goedkeuringen',
    publications: 'de publicaties',
    messageTemplates: 'de berichtsjablonen',
    lessons: 'de geleerde lessen',
    outbox: 'de wijzigingen die nog verstuurd moeten worden',
    oplog: 'de synchronisatiegeschiedenis',
    fields: 'de veldgeschiedenis',
    conflicts: 'de conflicten',
    meta: 'de apparaatinstellingen',
  },
  'file.tooLarge': 'Dat bestand is te groot: de grens is 256 MB.',
  'file.readFailed':
    'Dat bestand kon niet worden gelezen. Controleer of het nog bestaat en of je het mag openen.',
  'file.writeFailed':
    'Het bestand kon niet worden opgeslagen. Controleer of de map bestaat, of je daar mag schrijven en of de schijf niet vol is.',
  'report.pdfFailed': 'De pdf kon niet worden gemaakt. Exporteer het rapport als HTML en druk dat af.',
  'backup.nameInvalid': 'Dat is niet de naam van een Crisis Room-back-up.',
  'backup.notFound': 'Die back-up staat niet meer in de back-upmap.',
};
