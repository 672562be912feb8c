package dk.almenmonitor.synthetic;

import java.util.SplittableRandom;

/**
 * The one source of randomness: a {@link SplittableRandom} from a fixed seed, with the few distributions the
 * generator needs. Transcendental functions go through {@link StrictMath}, so a seed gives the same numbers on every
 * JVM and platform.
 */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A seed derived from {@code seed} and a salt (SplitMix64's finaliser), so every stream is independent. */
    static long mix(long seed, long salt) {
        long z = seed + (salt + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A fresh stream for one part of one dataset. */
    static Rng of(long seed, long salt) {
        return new Rng(mix(seed, salt));
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** {@code from} to {@code to}, both inclusive. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    long nextLong() {
        return random.nextLong();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Standard normal (Box-Muller, one value per call). */
    double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    double normal(double mean, double sd) {
        return mean + sd * gaussian();
    }

    /** A normal value kept within {@code [min, max]}. */
    double normal(double mean, double sd, double min, double max) {
        return Math.max(min, Math.min(max, normal(mean, sd)));
    }

    /** Log-normal with the given median; {@code sigma} is the spread of the logarithm. */
    double lognormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** An index drawn with the weights behind {@code cumulative} ({@link #cumulative}). */
    int pick(double[] cumulative) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static double[] cumulative(double... weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }
}
