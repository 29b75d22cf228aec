package org.oic.diwan.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collects matching entries as resolutions in one pass: the entries of a resolution lie next to
 * each other in the index (see {@link IndexEntries}), so a resolution ends where the run of its
 * group ends. Each resolution counts once in the total and once per facet value, and the best
 * {@code size} resolutions are kept, by score or by date.
 */
final class ResolutionCollector implements Collector {

    /** A resolution found: its group, best entry (global doc id), best score and date. */
    record Found(String group, int doc, float score, long date) {}

    /** What one search collected. */
    record Collected(List<Found> top, int total, Map<String, Map<String, Integer>> facets) {}

    /**
     * @param excluded entries whose resolutions are left out entirely ({@code -word}), or null
     */
    static CollectorManager<ResolutionCollector, Collected> manager(int size, boolean byDate, Weight excluded) {
        return new CollectorManager<>() {
            @Override
            public ResolutionCollector newCollector() {
                return new ResolutionCollector(size, byDate, excluded);
            }

            @Override
            public Collected reduce(Collection<ResolutionCollector> collectors) {
                PriorityQueue<Found> queue = new PriorityQueue<>(order(byDate));
                int total = 0;
                Map<String, Map<String, Integer>> facets = new HashMap<>();
                for (ResolutionCollector c : collectors) {
                    total += c.total;
                    for (Found found : c.queue) {
                        offer(queue, found, size, byDate);
                    }
                    c.facets.forEach((dim, counts) -> counts.forEach(
                            (value, n) -> facets.computeIfAbsent(dim, k -> new HashMap<>()).merge(value, n, Integer::sum)));
                }
                List<Found> top = new ArrayList<>(queue);
                top.sort(order(byDate).reversed());
                return new Collected(top, total, facets);
            }
        };
    }

    /** Worst first, so the queue's head is the one to drop. */
    private static Comparator<Found> order(boolean byDate) {
        Comparator<Found> byScore = Comparator.comparingDouble(Found::score);
        Comparator<Found> order = byDate ? Comparator.comparingLong(Found::date).thenComparing(byScore) : byScore.thenComparingLong(Found::date);
        // ties: the earlier document first (higher doc id is worse), for stable paging
        return order.thenComparing(Comparator.comparingInt(Found::doc).reversed());
    }

    private static void offer(PriorityQueue<Found> queue, Found found, int size, boolean byDate) {
        if (size <= 0) {
            return;
        }
        if (queue.size() < size) {
            queue.add(found);
        } else if (order(byDate).compare(found, queue.peek()) > 0) {
            queue.poll();
            queue.add(found);
        }
    }

    /** Which facets (in {@link SearchFields#FACETS} order) hold one value for a whole resolution. */
    private static final boolean[] PER_RESOLUTION = perResolution();

    private static boolean[] perResolution() {
        List<String> dims = SearchFields.FACETS;
        boolean[] per = new boolean[dims.size()];
        for (int d = 0; d < dims.size(); d++) {
            String dim = dims.get(d);
            per[d] = !dim.equals(SearchFields.LANGUAGE) && !dim.equals(SearchFields.VERB);
        }
        return per;
    }

    private final int size;
    private final boolean byDate;
    private final Weight excluded;
    private final PriorityQueue<Found> queue;
    private final Map<String, Map<String, Integer>> facets = new HashMap<>();
    private int total;

    private ResolutionCollector(int size, boolean byDate, Weight excluded) {
        this.size = size;
        this.byDate = byDate;
        this.excluded = excluded;
        this.queue = new PriorityQueue<>(order(byDate));
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    /** The groups of this segment that hold an excluded entry. */
    private FixedBitSet excludedGroups(LeafReaderContext context) throws IOException {
        if (excluded == null) {
            return null;
        }
        SortedDocValues groups = DocValues.getSorted(context.reader(), SearchFields.GROUP);
        FixedBitSet set = new FixedBitSet((int) Math.max(1, groups.getValueCount()));
        Scorer scorer = excluded.scorer(context);
        if (scorer == null) {
            return set;
        }
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (groups.advanceExact(doc)) {
                set.set(groups.ordValue());
            }
        }
        return set;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues groups = DocValues.getSorted(context.reader(), SearchFields.GROUP);
        FixedBitSet excludedGroups = excludedGroups(context);
        NumericDocValues dates = DocValues.getNumeric(context.reader(), SearchFields.DATE);
        List<String> dims = SearchFields.FACETS;
        SortedSetDocValues[] values = new SortedSetDocValues[dims.size()];
        int[][] counts = new int[dims.size()][];
        for (int d = 0; d < dims.size(); d++) {
            values[d] = DocValues.getSortedSet(context.reader(), dims.get(d));
            counts[d] = new int[(int) Math.min(Integer.MAX_VALUE - 8, values[d].getValueCount())];
        }
        return new LeafCollector() {
            private Scorable scorer;
            private int runGroup = -1;
            private int runBest = -1;
            private float runScore;
            private long runDate;
            private long[] runValues = new long[16];
            private int runValueCount;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                int group = groups.advanceExact(doc) ? groups.ordValue() : -1;
                boolean first = group != runGroup || runBest < 0;
                if (first) {
                    finishRun();
                    runGroup = group;
                    runScore = Float.NEGATIVE_INFINITY;
                    runDate = dates.advanceExact(doc) ? dates.longValue() : Long.MIN_VALUE;
                }
                float score = scorer.score();
                if (score > runScore) {
                    runScore = score;
                    runBest = doc;
                }
                for (int d = 0; d < values.length; d++) {
                    // a document's body, session, years and kind are the same on all its entries:
                    // read once per resolution; language and verb change from entry to entry
                    if (!first && PER_RESOLUTION[d]) {
                        continue;
                    }
                    if (values[d].advanceExact(doc)) {
                        for (int i = 0; i < values[d].docValueCount(); i++) {
                            if (runValueCount == runValues.length) {
                                runValues = Arrays.copyOf(runValues, runValues.length * 2);
                            }
                            runValues[runValueCount++] = ((long) d << 40) | values[d].nextOrd();
                        }
                    }
                }
            }

            private void finishRun() throws IOException {
                if (runBest < 0) {
                    return;
                }
                if (excludedGroups != null && runGroup >= 0 && excludedGroups.get(runGroup)) {
                    runValueCount = 0;
                    runBest = -1;
                    return;
                }
                total++;
                Arrays.sort(runValues, 0, runValueCount);
                for (int i = 0; i < runValueCount; i++) {
                    if (i == 0 || runValues[i] != runValues[i - 1]) {
                        counts[(int) (runValues[i] >>> 40)][(int) (runValues[i] & ((1L << 40) - 1))]++;
                    }
                }
                runValueCount = 0;
                if (size > 0 && (queue.size() < size || wouldEnter())) {
                    String key = runGroup >= 0 ? groups.lookupOrd(runGroup).utf8ToString() : "doc-" + (context.docBase + runBest);
                    offer(queue, new Found(key, context.docBase + runBest, runScore, runDate), size, byDate);
                }
                runBest = -1;
            }

            private boolean wouldEnter() {
                return order(byDate).compare(new Found("", context.docBase + runBest, runScore, runDate), queue.peek()) > 0;
            }

            @Override
            public void finish() throws IOException {
                finishRun();
                for (int d = 0; d < values.length; d++) {
                    for (int ord = 0; ord < counts[d].length; ord++) {
                        if (counts[d][ord] > 0) {
                            facets.computeIfAbsent(dims.get(d), k -> new HashMap<>())
                                    .merge(values[d].lookupOrd(ord).utf8ToString(), counts[d][ord], Integer::sum);
                        }
                    }
                }
            }
        };
    }
}
