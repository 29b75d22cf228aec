/** Turns files into text: extraction (Tika), normalization, language detection. */
package org.oic.diwan.text;
