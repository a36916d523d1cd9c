package org.matdesign.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order of examples in an epoch depends only on (seed, epoch): a resumed run replays exactly the batches an
 * uninterrupted run would have seen, without storing any generator state.
 */
public final class BatchOrder {

    private BatchOrder() {
    }

    public static int[] permutation(int size, long seed, int epoch) {
        SplittableRandom random = new SplittableRandom(mix(seed, epoch));
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Batches of the epoch's permutation; the last short batch is dropped when {@code dropLast}. */
    public static List<int[]> batches(int size, int batchSize, long seed, int epoch, boolean dropLast) {
        int[] order = permutation(size, seed, epoch);
        List<int[]> out = new ArrayList<>();
        for (int start = 0; start < size; start += batchSize) {
            int end = Math.min(size, start + batchSize);
            if (dropLast && end - start < batchSize && start > 0) {
                break;
            }
            int[] batch = new int[end - start];
            System.arraycopy(order, start, batch, 0, batch.length);
            out.add(batch);
        }
        return out;
    }

    /** A seed for (seed, epoch) or (seed, epoch, step) streams, spread by SplitMix64's finaliser. */
    public static long mix(long seed, long... parts) {
        long h = seed;
        for (long p : parts) {
            h = h * 0x9E3779B97F4A7C15L + p;
            h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
            h ^= h >>> 31;
        }
        return h;
    }
}
