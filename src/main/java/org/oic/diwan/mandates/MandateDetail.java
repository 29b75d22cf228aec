package org.oic.diwan.mandates;

import java.util.List;
import java.util.Map;

/**
 * A mandate with its paragraph in each language, its follow-ups, and its history: the mandates of
 * earlier sessions it repeats and of later ones that repeat it, oldest first.
 */
public record MandateDetail(MandateSummary summary, Map<String, String> texts, List<FollowUp> followUps,
        List<MandateSummary> history) {}
