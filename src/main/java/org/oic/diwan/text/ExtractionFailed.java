package org.oic.diwan.text;

/** A file whose text could not be extracted, with a reason a registry clerk can act on. */
public final class ExtractionFailed extends Exception {

    public ExtractionFailed(String reason) {
        super(reason);
    }

    public ExtractionFailed(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The reason, in a sentence fit for the clerk who imported the file. */
    public String reason() {
        return getMessage();
    }
}
