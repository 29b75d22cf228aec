/**
 * Search in and across the three languages: a Lucene index derived from the registry through the
 * outbox, per-language analysis, a trilingual term base, facets, grouping by resolution and
 * highlighted snippets. The index is never the truth; it can always be rebuilt.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"registry", "reading", "text", "database"})
package org.oic.diwan.search;
