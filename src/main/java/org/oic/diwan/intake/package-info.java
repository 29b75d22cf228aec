/** Brings files into the registry: checks, extraction, first reading, registration, one outcome per file. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"registry", "text", "reading", "consistency", "access"})
package org.oic.diwan.intake;
