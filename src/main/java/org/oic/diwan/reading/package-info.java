/** Reads resolutions as the Secretariat does: symbols, sessions, dates, structure. */
package org.oic.diwan.reading;
