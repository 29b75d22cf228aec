package org.oic.diwan.access;

/** The policy's answer, with its reason for the audit trail. */
public record Decision(boolean permitted, String reason) {

    static Decision permit(String reason) {
        return new Decision(true, reason);
    }

    static Decision deny(String reason) {
        return new Decision(false, reason);
    }
}
