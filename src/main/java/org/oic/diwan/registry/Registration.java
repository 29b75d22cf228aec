package org.oic.diwan.registry;

import java.util.UUID;

/** What registering a version did: added it, or found its original already registered. */
public sealed interface Registration {

    UUID documentId();

    /** A new version of a (possibly new) document. */
    record Registered(UUID documentId, UUID versionId, int revision) implements Registration {}

    /** The same bytes were registered before, as this version. */
    record AlreadyRegistered(RegisteredOriginal original) implements Registration {
        @Override
        public UUID documentId() {
            return original.documentId();
        }
    }
}
