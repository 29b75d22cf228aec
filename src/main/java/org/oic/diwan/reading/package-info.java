/** Reads resolutions as the Secretariat does: symbols, sessions, dates, structure. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"text"})
package org.oic.diwan.reading;
