/** Nederlandse teksten van de organisatiebrede pagina's: het stakeholderregister en de kanalen. */
import type { directoryEn } from './directory.en';
import type { Shape } from './shape';

export const directoryNl: Shape<typeof directoryEn> = {
  nav: { label: 'Organisatie', stakeholders: 'Stakeholders', channels: 'Kanalen & checklists' },
};
