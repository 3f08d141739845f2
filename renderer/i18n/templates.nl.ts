/** Nederlandse teksten van de pagina met berichtsjablonen en de organisatiegegevens. */
import type { Shape } from './shape';
import type { templatesEn } from './templates.en';

export const templatesNl: Shape<typeof templatesEn> = {
  messageTemplates: {
    nav: 'Berichtsjablonen',
    title: 'Berichtsjablonen',
    explain:
      'Holding statements en andere berichten die vóór een crisis klaarliggen, in het Nederlands en Engels. Een concept vanuit een sjabloon krijgt de plaatshouders ingevuld; [vierkante haken] zijn voor de feiten van het moment.',
    organisation: {
      title: 'Organisatiegegevens',
      explain: 'Ingevuld voor {organisation}, {phoneLine} en {website} in elk bericht.',
      name: 'Naam van de organisatie',
      phoneLine: 'Publiek telefoonnummer',
      website: 'Website of dark site',
      save: 'Gegevens opslaan',
      saved: 'Gegevens opgeslagen.',
      unchanged: 'Er is niets gewijzigd.',
    },
    add: 'Sjabloon toevoegen',
    filter: 'Toon',
    allLanguages: 'Beide talen',
    languages: { nl: 'Nederlands', en: 'Engels' },
    tableCaption: 'Sjablonen in het {{language}}',
    kind: 'Soort',
    name: 'Naam',
    begins: 'Begint met',
    actions: 'Acties',
    preApproved: 'Vooraf goedgekeurd',
    edit: 'Bewerken',
    editOne: '{{name}} bewerken',
    remove: 'Verwijderen',
    removeOne: '{{name}} verwijderen',
    removeTitle: 'Het sjabloon “{{name}}” verwijderen?',
    removeExplain:
      'Het verdwijnt voor het hele team. Concepten die er al mee zijn geschreven houden hun tekst. Dit kan hier niet ongedaan worden gemaakt.',
    removeConfirm: 'Sjabloon verwijderen',
    empty:
      'Nog geen sjablonen. Voeg de berichten toe die vóór een crisis klaar moeten liggen: eerst een holding statement.',
    emptyLanguage: 'Nog geen sjablonen in het {{language}}.',
    loading: 'Sjablonen laden…',
    form: {
      addTitle: 'Een berichtsjabloon toevoegen',
      editTitle: '{{name}} bewerken',
      name: 'Naam',
      namePlaceholder: 'Holding statement – stroomstoring',
      kind: 'Soort bericht',
      language: 'Taal',
      body: 'Tekst',
      placeholders: 'Plaatshouder invoegen',
      placeholdersExplain: 'Plaatshouders worden ingevuld als een concept vanuit dit sjabloon begint.',
      insert: '{{token}} invoegen: {{label}}',
      preApproved: 'Vooraf goedgekeurd door juridische zaken en de crisisleider (buiten een crisis)',
      submit: 'Sjabloon opslaan',
      cancel: 'Annuleren',
    },
    placeholders: {
      organisation: 'naam organisatie',
      incident: 'titel incident',
      time: 'tijd nu',
      date: 'datum vandaag',
      phoneLine: 'telefoonnummer',
      website: 'website',
    },
  },
};
