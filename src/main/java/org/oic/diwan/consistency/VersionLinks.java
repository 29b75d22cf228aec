package org.oic.diwan.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oic.diwan.reading.ReadDocument;

/**
 * Groups language versions into documents by what they say, never by file name: the normalized
 * symbol; failing that, the body, the session and the numbers of the resolutions they hold.
 */
public final class VersionLinks {

    private VersionLinks() {}

    /** The versions grouped by document, in the order each document first appears. */
    public static List<List<ReadDocument>> link(List<ReadDocument> versions) {
        Map<String, List<ReadDocument>> groups = new LinkedHashMap<>();
        int alone = 0;
        for (ReadDocument version : versions) {
            String key = linkKey(version);
            groups.computeIfAbsent(key != null ? key : "alone:" + alone++, k -> new ArrayList<>()).add(version);
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * What links a version to the others of its document: its symbol key, else body, session and
     * resolution numbers ({@code CFM-49:49/1}), else nothing.
     */
    public static String linkKey(ReadDocument version) {
        if (version.symbol() != null) {
            return "symbol:" + version.symbol().key();
        }
        String numbers = version.resolutions().stream()
                .filter(r -> r.number() != null)
                .map(r -> r.number().key())
                .collect(Collectors.joining(","));
        if (version.body() == null || version.session() == null || version.session().number() == null || numbers.isEmpty()) {
            return null;
        }
        return "numbers:" + version.body().code() + "-" + version.session().number() + ":" + numbers;
    }
}
