package org.oic.diwan.access;

import java.util.Locale;

/**
 * What a person does in Diwan. Roles add abilities; none of them widens what a person may read,
 * which follows from the person's organization and the documents' distribution: an administrator
 * manages accounts without thereby reading confidential documents.
 */
public enum Role {
    READER,
    REGISTRY_CLERK,
    EDITOR,
    PUBLISHER,
    FOCAL_POINT,
    AUDITOR,
    ADMINISTRATOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role ofCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Roles that must sign in with a second factor. */
    public boolean needsSecondFactor() {
        return this == PUBLISHER || this == ADMINISTRATOR || this == AUDITOR;
    }
}
