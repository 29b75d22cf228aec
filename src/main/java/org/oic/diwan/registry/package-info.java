/** The registry of official documents: bodies, sessions, documents, language versions and their originals. */
package org.oic.diwan.registry;
