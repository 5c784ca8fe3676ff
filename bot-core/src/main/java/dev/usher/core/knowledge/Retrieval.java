package dev.usher.core.knowledge;

import java.util.OptionalDouble;

/**
 * How a hit was found: its place in the word (BM25) ranking and in the meaning (vector) ranking,
 * and how alike in meaning it is to the question. A hit found by one retriever only has no rank in
 * the other.
 *
 * @param lexicalRank its place among the word matches, from 0; {@link #UNRANKED} when the words did
 *     not find it
 * @param semanticRank its place among the nearest vectors, from 0; {@link #UNRANKED} when it was
 *     not among them
 * @param similarity the cosine similarity of its vector and the question's, from -1 to 1; empty
 *     when semantic search is off
 */
public record Retrieval(int lexicalRank, int semanticRank, OptionalDouble similarity) {
  public static final int UNRANKED = -1;

  /** A hit of a words-only search at {@code rank}. */
  public static Retrieval lexical(int rank) {
    return new Retrieval(rank, UNRANKED, OptionalDouble.empty());
  }

  public Retrieval {
    if (lexicalRank < UNRANKED || semanticRank < UNRANKED) {
      throw new IllegalArgumentException(
          "ranks are from 0, or UNRANKED: " + lexicalRank + ", " + semanticRank);
    }
  }

  public boolean foundByWords() {
    return lexicalRank != UNRANKED;
  }

  public boolean foundByMeaning() {
    return semanticRank != UNRANKED;
  }
}
