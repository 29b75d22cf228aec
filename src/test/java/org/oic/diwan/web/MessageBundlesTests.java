package org.oic.diwan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every page, error and e-mail speaks the three languages: the three bundles hold the same keys, none empty. */
class MessageBundlesTests {

    @Test
    void theThreeBundlesHoldTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");
        Properties ar = load("messages_ar.properties");
        assertThat(keys(fr)).as("French keys").isEqualTo(keys(en));
        assertThat(keys(ar)).as("Arabic keys").isEqualTo(keys(en));
        for (Properties bundle : new Properties[] {en, fr, ar}) {
            assertThat(bundle.stringPropertyNames()).allSatisfy(k -> assertThat(bundle.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void arabicMessagesAreInArabic() throws IOException {
        Properties ar = load("messages_ar.properties");
        // a key left in English in the Arabic bundle is a string nobody translated (names of languages and acronyms excepted)
        Set<String> untranslated = new TreeSet<>();
        for (String key : ar.stringPropertyNames()) {
            String value = ar.getProperty(key);
            if (value.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                    && value.codePoints().anyMatch(Character::isLetter)) {
                untranslated.add(key + "=" + value);
            }
        }
        assertThat(untranslated).allSatisfy(entry -> assertThat(entry).matches(
                "(lang\\.(en|fr)|ui\\.language\\.(en|fr)|app\\.name|.*\\.example|.*placeholder.*|.*\\.code|.*format.*)=.*|.*=[^=]*\\{.*|.*=[A-Z0-9 .-]+"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }
}
