package org.oic.diwan.reading;

/** How strongly an operative verb asks someone to act. */
public enum VerbStrength {
    /** Decides, approves, requests, instructs: someone must act. */
    BINDING,
    /** Urges, invites, encourages: someone is asked to act. */
    EXHORTATION,
    /** Thanks, welcomes, takes note: nobody is asked to act. */
    NONE
}
