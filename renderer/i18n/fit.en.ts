/** English text of the channel fit meter: length per channel, hard limits, SMS segments and advice. */
export const fitEn = {
  fit: {
    label: 'Fit for {{channel}}',
    meter: 'Length on {{channel}}',
    counter: '{{length, number}} / {{limit, number}}',
    counterNoLimit: '{{length, number}} characters, no limit',
    over: 'Over the limit by {{n, number}}: {{channel}} will not take this text. Shorten it.',
    overSms:
      '{{segments, number}} texts: more than {{max, number}}, too long for an SMS. Shorten it or link to the website.',
    sms_one: '{{count, number}} text message · {{encoding}} · {{perSegment, number}} characters per text',
    sms_other: '{{count, number}} text messages · {{encoding}} · {{perSegment, number}} characters per text',
    hintsLabel: 'Advice for {{channel}}',
    hints: {
      nearLimit: 'Room left: {{left, number}}.',
      smsSegments:
        'Goes out as {{segments, number}} texts that the phone joins again; each is paid for separately.',
      smsUnicode:
        'Characters outside the SMS alphabet ({{characters}}) cut each text to 70 characters instead of 160. Replace them (ë → e, “ ” → ") to fit more.',
      readingTime: 'About {{duration}} to read aloud ({{words, number}} words at 150 a minute).',
      longForPhone:
        'Longer than {{max}} seconds: callers stop listening. Keep the recorded message short and point to the website.',
      linksCounted: 'On X every link counts as {{each}} characters, however long it is.',
      linksNotClickable:
        'Links in a caption are not clickable here: name the website in words or put the link in the profile.',
      spellOutLinks: 'Spell out web addresses when you read them aloud.',
      manyHashtags:
        '{{count, number}} hashtags: in a crisis use one or two at most, or the message reads like marketing.',
      tooManyHashtags: '{{count, number}} hashtags: Instagram allows at most {{max, number}}.',
      foldAt:
        'Only about the first {{chars, number}} characters show before “…see more”: put the key facts first.',
    },
  },
};
