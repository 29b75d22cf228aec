package org.oic.diwan.demo;

/**
 * Presentation choices that vary from one document to another, as they do between real documents
 * typed by different secretariats; all three language versions of a document share them.
 *
 * @param format the file format
 * @param arabicIndicDigits whether the Arabic version writes numbers with ٠١٢٣٤٥٦٧٨٩
 * @param spacedHeader whether the header lines are separated by blank lines
 * @param leadingBlankLines blank lines before the symbol, as left by text extraction
 * @param frenchDashNumbers whether French operative numbers are written "- 1." rather than "1."
 * @param arabicNumbering how Arabic operative numbers are written
 * @param arabicLatinNumber whether the Arabic resolution number keeps the Latin code ("ST-48/7")
 * @param variant which of two equivalent wordings is used for the opening, the mandate and a few
 *     header details (0 or 1)
 */
record Style(FileFormat format, boolean arabicIndicDigits, boolean spacedHeader, int leadingBlankLines,
        boolean frenchDashNumbers, ArabicNumbering arabicNumbering, boolean arabicLatinNumber, int variant) {

    /** The ways Arabic documents number operative paragraphs. */
    enum ArabicNumbering {
        /** 1. */
        DOT,
        /** 1- */
        DASH,
        /** - 1- */
        BULLET_DASH
    }
}
