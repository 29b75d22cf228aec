package org.oic.diwan.demo;

/** The file formats documents are written in. */
enum FileFormat {
    TXT("txt"),
    MD("md"),
    HTML("html");

    private final String extension;

    FileFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }
}
