/**
 * Whether a message fits a channel: its length as that channel counts it, the channel's hard limit, and
 * soft advice (close to the limit, SMS segments and encoding, reading time on spoken channels, links
 * and hashtags). The draft editor shows it while the team types; the publish guard refuses a message
 * that is over a hard limit. X is counted by X's own library (`twitter-text`), SMS by Twilio's segment
 * calculator; everything else in user-perceived characters (graphemes), so an emoji counts as one.
 */
import { SegmentedMessage } from 'sms-segments-calculator';
import twitterText from 'twitter-text';
import type { ChannelKind } from './channel';

/**
 * The longest SMS we let the team send: 10 segments (1,530 GSM-7 or 670 UCS-2 characters). Networks
 * and phones can join more in theory, but gateways cap messages at about 1,600 characters and many
 * handsets split longer ones; a crisis alert of more than ten texts should be a link to the website.
 */
export const SMS_MAX_SEGMENTS = 10;
/** Characters per SMS segment: a single text, or one part of a longer one (6 bytes go to the header). */
export const SMS_PER_SEGMENT = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
} as const;
/** A calm, clear speaking pace for a phone menu or a statement at a press conference. */
export const WORDS_PER_MINUTE = 150;
/** Callers listening to a recorded phone message drop off after about a minute. */
export const PHONE_LINE_MAX_SECONDS = 60;
/** From this share of the hard limit on, the writer is told how much room is left. */
export const NEAR_LIMIT_SHARE = 0.9;
/** X counts every link as this many characters, however long it is. */
export const X_URL_LENGTH = 23;

/** Hard limits in each channel's own unit; null: the channel has none. SMS follows from its segments. */
export const channelLimits: Record<ChannelKind, number | null> = {
  website: null,
  x: 280,
  facebook: 63_206,
  linkedin: 3_000,
  instagram: 2_200,
  tiktok: 2_200,
  youtube: 5_000,
  whatsapp: 4_096,
  pressList: null,
  pressConference: null,
  intranet: null,
  email: null,
  sms: SMS_MAX_SEGMENTS * SMS_PER_SEGMENT['GSM-7'].multi,
  phoneLine: null,
  custom: null,
};

/** Where a feed folds a post behind "…see more": the first lines must carry the message. */
const foldAt: Partial<Record<ChannelKind, number>> = { linkedin: 210, instagram: 125 };
/** Feeds where more than a couple of hashtags make a crisis message read like marketing. */
const hashtagFeeds: readonly ChannelKind[] = ['x', 'facebook', 'linkedin'];
const ADVISED_HASHTAGS = 2;
const INSTAGRAM_MAX_HASHTAGS = 30;
/** Captions where a web address is not a link. */
const linklessCaptions: readonly ChannelKind[] = ['instagram', 'tiktok'];
const spokenChannels: readonly ChannelKind[] = ['phoneLine', 'pressConference'];

export type FitHintKey =
  | 'nearLimit'
  | 'smsSegments'
  | 'smsUnicode'
  | 'readingTime'
  | 'longForPhone'
  | 'linksCounted'
  | 'linksNotClickable'
  | 'spellOutLinks'
  | 'manyHashtags'
  | 'tooManyHashtags'
  | 'foldAt';

export interface FitHint {
  key: FitHintKey;
  values?: Record<string, number | string>;
}

export interface ChannelFit {
  kind: ChannelKind;
  /**
   * The length as the channel counts it (X: weighted, URLs as 23; SMS: characters in the chosen
   * encoding, an extended GSM character such as € counting two; others: user-perceived characters).
   */
  length: number;
  /** The hard limit, or null when the channel has none (website, e-mail, press list, intranet…). */
  limit: number | null;
  /** Over the hard limit: cannot be published there. For SMS: more than SMS_MAX_SEGMENTS segments. */
  over: boolean;
  /** SMS only: segments and encoding. */
  sms?: { segments: number; encoding: 'GSM-7' | 'UCS-2'; perSegment: number };
  /** Soft advice as message keys and values (renderer/i18n `fit.hints.*`). */
  hints: FitHint[];
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** User-perceived characters: 👩‍👩‍👧 and é (e + combining accent) each count as one. */
export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

/** Words as a reader says them: runs of text with at least one letter or digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** "0:40", "1:05": the same in Dutch and English. */
function duration(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

type Measured = Pick<ChannelFit, 'length' | 'limit' | 'over' | 'sms'> & { unicode: string[] };

function smsFit(body: string): Measured {
  if (body === '')
    return {
      length: 0,
      limit: channelLimits.sms,
      over: false,
      sms: { segments: 0, encoding: 'GSM-7', perSegment: SMS_PER_SEGMENT['GSM-7'].single },
      unicode: [],
    };
  const message = new SegmentedMessage(body);
  const encoding = message.encodingName;
  const segments = message.segmentsCount;
  const per = SMS_PER_SEGMENT[encoding];
  return {
    // Code units in the encoding (`numberOfCharacters` counts a UCS-2 emoji as one, not two).
    length: message.messageSize / (encoding === 'GSM-7' ? 7 : 16),
    limit: SMS_MAX_SEGMENTS * per.multi,
    over: segments > SMS_MAX_SEGMENTS,
    sms: { segments, encoding, perSegment: segments > 1 ? per.multi : per.single },
    unicode: encoding === 'UCS-2' ? [...new Set(message.getNonGsmCharacters())] : [],
  };
}

function measure(kind: ChannelKind, body: string): Measured {
  if (kind === 'sms') return smsFit(body);
  const limit = channelLimits[kind];
  const length = kind === 'x' ? twitterText.parseTweet(body).weightedLength : graphemeCount(body);
  return { length, limit, over: limit !== null && length > limit, unicode: [] };
}

/** How `body` fits a channel of `kind`: its length there, the hard limit, and advice. */
export function channelFit(kind: ChannelKind, body: string): ChannelFit {
  const { unicode, ...fit } = measure(kind, body);
  const hints: FitHint[] = [];
  const { length, limit, over, sms } = fit;
  if (limit !== null && !over && length >= NEAR_LIMIT_SHARE * limit)
    hints.push({ key: 'nearLimit', values: { left: limit - length } });
  if (sms && sms.segments > 1) hints.push({ key: 'smsSegments', values: { segments: sms.segments } });
  if (unicode.length > 0)
    hints.push({ key: 'smsUnicode', values: { characters: unicode.slice(0, 8).join(' ') } });

  if (spokenChannels.includes(kind)) {
    const words = wordCount(body);
    const seconds = Math.round((words * 60) / WORDS_PER_MINUTE);
    if (words > 0)
      hints.push({ key: 'readingTime', values: { seconds, duration: duration(seconds), words } });
    if (kind === 'phoneLine' && seconds > PHONE_LINE_MAX_SECONDS)
      hints.push({ key: 'longForPhone', values: { max: PHONE_LINE_MAX_SECONDS } });
  }

  const links = body === '' ? 0 : twitterText.extractUrls(body).length;
  if (links > 0) {
    if (kind === 'x') hints.push({ key: 'linksCounted', values: { count: links, each: X_URL_LENGTH } });
    if (linklessCaptions.includes(kind)) hints.push({ key: 'linksNotClickable' });
    if (spokenChannels.includes(kind)) hints.push({ key: 'spellOutLinks' });
  }

  const hashtags = body === '' ? 0 : twitterText.extractHashtags(body).length;
  if (hashtagFeeds.includes(kind) && hashtags > ADVISED_HASHTAGS)
    hints.push({ key: 'manyHashtags', values: { count: hashtags } });
  if (kind === 'instagram' && hashtags > INSTAGRAM_MAX_HASHTAGS)
    hints.push({ key: 'tooManyHashtags', values: { count: hashtags, max: INSTAGRAM_MAX_HASHTAGS } });

  const fold = foldAt[kind];
  if (fold !== undefined && length > fold) hints.push({ key: 'foldAt', values: { chars: fold } });

  return { kind, ...fit, hints };
}

/** The fit of one body on several channels, each kind once, in the order given. */
export function channelFitAll(kinds: readonly ChannelKind[], body: string): ChannelFit[] {
  return [...new Set(kinds)].map((kind) => channelFit(kind, body));
}
