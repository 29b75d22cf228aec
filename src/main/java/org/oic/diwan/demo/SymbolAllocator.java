package org.oic.diwan.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gives every document index its own body, session, topic and resolution number, so that no two
 * documents of a corpus share a symbol, while neighbouring indexes still look unrelated.
 *
 * <p>Indexes are taken in rounds of {@code combinations × NUMBERS_PER_ROUND}. Within a round an
 * affine permutation scatters the indexes over the combinations and the first twelve resolution
 * numbers; each later round uses the next twelve numbers. A demo corpus of a few thousand
 * documents therefore has small, realistic resolution numbers, and a corpus of any size stays
 * free of duplicates.
 */
final class SymbolAllocator {

    static final int NUMBERS_PER_ROUND = 12;

    private final List<Combination> combinations;
    private final long roundSize;
    private final long multiplier;
    private final long offset;

    SymbolAllocator(List<Topic> topics, long seed) {
        List<Combination> all = new ArrayList<>();
        for (Body body : Body.values()) {
            for (int session = body.firstSession(); session <= body.lastSession(); session++) {
                for (Topic topic : topics) {
                    if (body.deals(topic.code())) {
                        all.add(new Combination(body, session, topic));
                    }
                }
            }
        }
        this.combinations = List.copyOf(all);
        this.roundSize = (long) combinations.size() * NUMBERS_PER_ROUND;
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        long candidate = 2 + random.nextLong(roundSize - 2);
        while (gcd(candidate, roundSize) != 1) {
            candidate++;
        }
        this.multiplier = candidate % roundSize;
        this.offset = random.nextLong(roundSize);
    }

    /** The body, session, topic and resolution number of document {@code index}. */
    Slot slot(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative document index " + index);
        }
        long round = index / roundSize;
        long position = (multiplier * (index % roundSize) + offset) % roundSize;
        Combination combination = combinations.get((int) (position % combinations.size()));
        int number = (int) (round * NUMBERS_PER_ROUND + position / combinations.size() + 1);
        return new Slot(combination.body(), combination.session(), combination.topic(), number);
    }

    /** The identity of one resolution, from which its symbol is built. */
    record Slot(Body body, int session, Topic topic, int number) {
    }

    private record Combination(Body body, int session, Topic topic) {
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
