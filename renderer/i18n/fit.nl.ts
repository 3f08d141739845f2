/** Nederlandse teksten van de kanaalmeter: lengte per kanaal, harde limieten, sms-delen en adviezen. */
import type { fitEn } from './fit.en';
import type { Shape } from './shape';

export const fitNl: Shape<typeof fitEn> = {
  fit: {
    label: 'Past op {{channel}}',
    meter: 'Lengte op {{channel}}',
    counter: '{{length, number}} / {{limit, number}}',
    counterNoLimit: '{{length, number}} tekens, geen limiet',
    over: '{{n, number}} te lang: {{channel}} neemt deze tekst niet aan. Maak hem korter.',
    overSms:
      '{{segments, number}} berichten: meer dan {{max, number}}, te lang voor een sms. Maak hem korter of verwijs naar de website.',
    sms_one: '{{count, number}} sms-bericht · {{encoding}} · {{perSegment, number}} tekens per bericht',
    sms_other: '{{count, number}} sms-berichten · {{encoding}} · {{perSegment, number}} tekens per bericht',
    hintsLabel: 'Advies voor {{channel}}',
    hints: {
      nearLimit: 'Nog {{left, number}} over.',
      smsSegments:
        'Gaat uit als {{segments, number}} berichten die de telefoon weer samenvoegt; elk wordt apart betaald.',
      smsUnicode:
        'Tekens buiten het sms-alfabet ({{characters}}) maken elk bericht 70 tekens lang in plaats van 160. Vervang ze (ë → e, “ ” → ") om meer kwijt te kunnen.',
      readingTime: 'Ongeveer {{duration}} om voor te lezen ({{words, number}} woorden, 150 per minuut).',
      longForPhone:
        'Langer dan {{max}} seconden: bellers haken af. Houd de ingesproken tekst kort en verwijs naar de website.',
      linksCounted: 'Op X telt elke link als {{each}} tekens, hoe lang hij ook is.',
      linksNotClickable:
        'Links in een bijschrift zijn hier niet aanklikbaar: noem de website in woorden of zet de link in het profiel.',
      spellOutLinks: 'Spel webadressen uit als je ze voorleest.',
      manyHashtags:
        '{{count, number}} hashtags: gebruik er in een crisis hooguit een of twee, anders leest het als marketing.',
      tooManyHashtags: '{{count, number}} hashtags: Instagram staat er hooguit {{max, number}} toe.',
      foldAt:
        'Alleen de eerste {{chars, number}} tekens of zo staan vóór “…meer weergeven”: zet de kern vooraan.',
    },
  },
};
