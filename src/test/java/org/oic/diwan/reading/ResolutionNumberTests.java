package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ResolutionNumberTests {

    @Test
    void theFormsOfOneNumberShareOneKey() {
        OptionalInt session = OptionalInt.of(49);
        assertThat(ResolutionNumber.in("Resolution No.1/49-IT", session, false)).map(ResolutionNumber::key).contains("49/1");
        assertThat(ResolutionNumber.in("RÉSOLUTION N°1/49-IT", session, false)).map(ResolutionNumber::key).contains("49/1");
        assertThat(ResolutionNumber.in("القرار رقم IT-49/1", session, true)).map(ResolutionNumber::key).contains("49/1");
    }

    @Test
    void arabicPrintsSessionFirst() {
        OptionalInt session = OptionalInt.of(38);
        assertThat(ResolutionNumber.in("قرار رقم 38/1-إع", session, true)).hasValueSatisfying(n -> {
            assertThat(n.key()).isEqualTo("38/1");
            assertThat(n.printed()).isEqualTo("38/1-إع");
            assertThat(n.topic()).isEqualTo("إع");
        });
        assertThat(ResolutionNumber.in("قرار رقم 38/1 - إع", session, true)).map(ResolutionNumber::printed).contains("38/1 - إع");
        // without knowing the session, the language's order decides
        assertThat(ResolutionNumber.in("قرار رقم 38/2-إع", OptionalInt.empty(), true)).map(ResolutionNumber::key).contains("38/2");
        assertThat(ResolutionNumber.in("Resolution No. 2/38-INF", OptionalInt.empty(), false)).map(ResolutionNumber::key).contains("38/2");
    }

    @Test
    void theKnownSessionSettlesTheOrder() {
        // an Arabic text printing number/session: the part equal to the session is the session
        assertThat(ResolutionNumber.in("القرار رقم 3/49-ق", OptionalInt.of(49), true)).map(ResolutionNumber::key).contains("49/3");
    }

    @Test
    void arabicIndicDigits() {
        assertThat(ResolutionNumber.in("القرار رقم ٦/٥٠-م", OptionalInt.of(50), true)).map(ResolutionNumber::key).contains("50/6");
    }

    @Test
    void noNumberNoKey() {
        assertThat(ResolutionNumber.in("Resolution on information technology", OptionalInt.empty(), false)).isEmpty();
        assertThat(ResolutionNumber.in("16/03/2023", OptionalInt.empty(), false)).isEmpty();
    }
}
