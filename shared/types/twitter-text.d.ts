/**
 * The part of the official `twitter-text` library (3.x) that Crisis Room uses. The package ships no
 * types; its CommonJS build exports this object as `module.exports`, its ES build as the default export.
 */
declare module 'twitter-text' {
  export interface ParsedTweet {
    /** The length as X counts it: most Latin text 1 per character, CJK and emoji 2, every URL 23. */
    weightedLength: number;
    /** Within the limit and free of characters X refuses. */
    valid: boolean;
    /** weightedLength per mille of the limit. */
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  }

  interface TwitterText {
    parseTweet(text: string): ParsedTweet;
    extractHashtags(text: string): string[];
    extractUrls(text: string): string[];
  }

  const twitterText: TwitterText;
  export default twitterText;
}
