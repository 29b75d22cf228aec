package org.oic.diwan.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reading of each seed against its golden file in {@code src/test/resources/golden/seeds}.
 *
 * <p>The golden files were checked by hand against the seeds, paragraph by paragraph: counts,
 * numbers, verbs, offsets, dates, findings (see the note of the reading issue). They hold no
 * text of the seeds; offsets point into the files in ../shared/seeds.
 */
class SeedGoldenTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eachSeedReadsAsItsGoldenFile() throws Exception {
        Seeds.folder();
        Map<String, Map<String, Object>> read = SeedGolden.read();
        assertThat(read.keySet()).containsExactlyInAnyOrder("000", "001", "002", "003", "004");
        for (Map.Entry<String, Map<String, Object>> seed : read.entrySet()) {
            try (InputStream in = getClass().getResourceAsStream("/golden/seeds/" + seed.getKey() + ".json")) {
                JsonNode expected = json.readTree(in);
                JsonNode actual = json.valueToTree(seed.getValue());
                assertThat(actual).as("seed %s", seed.getKey()).isEqualTo(expected);
            }
        }
    }
}
