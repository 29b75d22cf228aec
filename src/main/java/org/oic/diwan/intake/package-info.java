/** Brings files into the registry: checks, extraction, first reading, registration, one outcome per file. */
package org.oic.diwan.intake;
