package org.oic.diwan.search;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Reports the search index under {@code /actuator/health}: up when open (also while a new
 * generation is being built beside it, since searches go on), out of service before the first
 * build completes.
 */
@Component("search")
class SearchHealth extends AbstractHealthIndicator {

    private final SearchIndex index;

    SearchHealth(SearchIndex index) {
        super("Search index check failed");
        this.index = index;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        SearchIndex.State state = index.state();
        builder.withDetail("rebuilding", state.rebuilding())
                .withDetail("keeper", state.keeper());
        if (state.rebuilding()) {
            builder.withDetail("rebuilt", state.rebuildDone() + "/" + state.rebuildTotal());
        }
        if (state.ready()) {
            builder.up();
        } else {
            builder.outOfService();
        }
    }
}
