/** Linkage for member states' and organs' systems: the REST API (later OpenAPI, OAI-PMH, feeds, Akoma Ntoso). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"registry", "intake", "text", "consistency", "search", "access", "audit", "mandates"})
package org.oic.diwan.linkage;
