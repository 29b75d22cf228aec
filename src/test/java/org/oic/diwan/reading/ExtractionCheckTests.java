package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;
import org.oic.diwan.demo.GeneratedFile;
import org.oic.diwan.demo.ResolutionGenerator;
import org.oic.diwan.text.TextNormalizer;

class ExtractionCheckTests {

    @Test
    void theDamagedDeclarationIsSuspectWithItsReasons() {
        assertThat(ExtractionCheck.reasons(TextNormalizer.normalize(Seeds.text("004"))))
                .anySatisfy(reason -> assertThat(reason).contains("reverse order"))
                .anySatisfy(reason -> assertThat(reason).contains("run together"));
    }

    @Test
    void soundDocumentsAreNot() {
        for (String seed : new String[] {"000", "001", "002", "003"}) {
            assertThat(ExtractionCheck.reasons(TextNormalizer.normalize(Seeds.text(seed)))).as(seed).isEmpty();
        }
        ResolutionGenerator generator = new ResolutionGenerator(11);
        for (int i = 0; i < 500; i++) {
            for (GeneratedFile file : generator.document(i)) {
                assertThat(ExtractionCheck.reasons(file.content())).as(file.relativePath()).isEmpty();
            }
        }
    }

    @Test
    void oneSlipIsNoDamage() {
        assertThat(ExtractionCheck.reasons("يطلب من الأمانة العامة.متابعة التنفيذ في الدورة القادمة")).isEmpty();
    }

    @Test
    void linesReadInReverseAreDamage() {
        String reversed = String.join("\n",
                ".المتبادلةبهدف تعزيز التعاون",
                ".الاقتصاديةوالتنمية المستدامة",
                "الجديدة؛والاتصالات تقنيات المعلومات",
                "العامة،والخاصة الحكومية؛والشركات");
        assertThat(ExtractionCheck.reasons(reversed)).isNotEmpty();
    }
}
