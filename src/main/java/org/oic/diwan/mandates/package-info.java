/**
 * Mandates: what each operative paragraph asks of whom and by when, read from the text in the three
 * languages; the follow-up of each mandate by each addressee; the lineage of mandates repeated
 * from session to session; and the Secretary General's implementation report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"reading", "consistency", "text", "registry", "access", "audit", "database"})
package org.oic.diwan.mandates;
