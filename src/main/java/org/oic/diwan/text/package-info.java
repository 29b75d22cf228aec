/** Turns files into text: extraction (Tika), normalization, language detection. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.oic.diwan.text;
