/** Linkage for member states' and organs' systems: the REST API (later OpenAPI, OAI-PMH, feeds, Akoma Ntoso). */
package org.oic.diwan.linkage;
