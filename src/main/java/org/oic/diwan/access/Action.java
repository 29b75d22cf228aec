package org.oic.diwan.access;

/** What a subject may be allowed to do; every route of the application declares one. */
public enum Action {
    /** Pages and resources open to anyone: the home page, the search page, style sheets, sign-in. */
    VIEW_PUBLIC_PAGE,
    /** Listing and searching: the results are then filtered by what the subject may read. */
    LIST_DOCUMENTS,
    /** One document, its versions, texts, structure, findings: decided per version. */
    READ_DOCUMENT,
    /** The exact bytes of an original: decided per version. */
    DOWNLOAD_ORIGINAL,
    /** Mandates, their follow-ups and reports: filtered by the documents the subject may read. */
    READ_MANDATES,
    /** Reporting progress on a follow-up: decided per follow-up, by its organization. */
    UPDATE_FOLLOW_UP,
    IMPORT,
    EDIT,
    PUBLISH,
    MANAGE_ACCOUNTS,
    /** A person's own account: changing their password. */
    MANAGE_OWN_ACCOUNT,
    READ_AUDIT,
    /** Health and readiness, for the operator's monitoring. */
    MONITOR
}
