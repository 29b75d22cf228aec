package org.oic.diwan.search;

/**
 * Who is searching. Today two callers exist: the public (every HTTP request, until the access
 * issue brings sign-in) and the operator of the data folder (the command line, which holds the
 * database anyway). The access policy will decide from the subject what it may see.
 *
 * @param subject who, for the audit trail: {@code public}, {@code operator} or a person's id
 */
public record Caller(String subject, boolean operator) {

    public static final Caller PUBLIC = new Caller("public", false);
    public static final Caller OPERATOR = new Caller("operator", true);
}
