package dev.usher.knowledge.semantic;

/** Arithmetic on sentence vectors. */
public final class Vectors {
  private Vectors() {}

  /** {@code vector} scaled to length 1 (a zero vector stays zero), so dot product is cosine. */
  static float[] unit(float[] vector) {
    double sum = 0;
    for (float v : vector) {
      sum += v * v;
    }
    if (sum == 0) {
      return vector.clone();
    }
    float scale = (float) (1 / Math.sqrt(sum));
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = vector[i] * scale;
    }
    return unit;
  }

  /** The cosine similarity of two unit vectors, from -1 to 1. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
