/** The registry of official documents: bodies, sessions, documents, language versions and their originals. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"database", "text"})
package org.oic.diwan.registry;
