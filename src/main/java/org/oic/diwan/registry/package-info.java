/** The registry of official documents: bodies, sessions, documents, language versions and their originals. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"database", "text", "audit"})
package org.oic.diwan.registry;
