/** English text of the organisation-wide pages: the stakeholder directory and the channels. */
export const directoryEn = {
  nav: { label: 'Organisation', stakeholders: 'Stakeholders', channels: 'Channels & checklists' },
};
