package org.oic.diwan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oic.diwan.Seeds;
import org.oic.diwan.text.TestFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./diwan read}: what it prints, and its exit codes. */
class ReadCommandTests {

    @TempDir
    Path folder;

    @Test
    void theSeedsTogether() {
        Result result = run("read", Seeds.file("000").toString(), Seeds.file("001").toString(), Seeds.file("002").toString(),
                Seeds.file("003").toString(), Seeds.file("004").toString(), "--json");
        assertThat(result.exit()).isEqualTo(1); // error findings: the session mismatch, the Hijri date in 003
        List<JsonNode> files = result.json();
        assertThat(files).hasSize(5);
        JsonNode arabic = files.get(0);
        assertThat(arabic.get("linkedWith").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder(Seeds.file("001").getFileName().toString(), Seeds.file("002").getFileName().toString());
        assertThat(arabic.get("findings").valueStream().map(f -> f.get("kind").asString()))
                .contains("session-reference-mismatch");
        JsonNode set = files.get(3);
        assertThat(set.get("kind").asString()).isEqualTo("resolution-set");
        assertThat(set.get("resolutions")).hasSize(4);
        assertThat(set.get("findings").valueStream().map(f -> f.get("kind").asString())).contains("hijri-gregorian-mismatch");
        JsonNode declaration = files.get(4);
        assertThat(declaration.get("extraction").get("suspect").asBoolean()).isTrue();
        assertThat(declaration.get("extraction").get("reasons")).isNotEmpty();
    }

    @Test
    void aResolutionWithoutErrorExitsZero() {
        Result result = run("read", Seeds.file("002").toString());
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("resolution  1/49-IT").contains("Requests");
    }

    @Test
    void anUnreadableFileExitsTwo() {
        Result result = run("read", TestFiles.image(folder).toString(), Seeds.file("002").toString());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).contains("1/49-IT"); // the readable file is still read
    }

    private record Result(int exit, String out) {
        List<JsonNode> json() {
            JsonMapper mapper = JsonMapper.builder().build();
            List<JsonNode> nodes = new ArrayList<>();
            out.lines().filter(l -> l.startsWith("{")).forEach(l -> nodes.add(mapper.readTree(l)));
            return nodes;
        }
    }

    private static Result run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            int exit = DiwanCommand.run(args);
            return new Result(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
