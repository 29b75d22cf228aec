package org.oic.diwan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchTests {

    @Test
    void deContractsWithTheArticleAndElidesBeforeAVowel() {
        assertThat(French.de("le Secrétaire général")).isEqualTo("du Secrétaire général");
        assertThat(French.de("les États membres")).isEqualTo("des États membres");
        assertThat(French.de("la santé publique")).isEqualTo("de la santé publique");
        assertThat(French.de("l'éducation")).isEqualTo("de l'éducation");
        assertThat(French.de("élaborer un plan")).isEqualTo("d'élaborer un plan");
        assertThat(French.de("harmoniser les normes")).isEqualTo("d'harmoniser les normes");
        assertThat(French.de("mettre en place")).isEqualTo("de mettre en place");
    }

    @Test
    void aContractsWithTheArticle() {
        assertThat(French.a("le Secrétaire général")).isEqualTo("au Secrétaire général");
        assertThat(French.a("les États membres")).isEqualTo("aux États membres");
        assertThat(French.a("la Banque islamique de développement")).isEqualTo("à la Banque islamique de développement");
        assertThat(French.a("l'ICESCO")).isEqualTo("à l'ICESCO");
    }

    @Test
    void queElidesBeforeAVowel() {
        assertThat(French.que("une action coordonnée")).isEqualTo("qu'une action coordonnée");
        assertThat(French.que("la culture")).isEqualTo("que la culture");
    }

    @Test
    void namesLoseTheirArticleInHeaders() {
        assertThat(French.withoutArticle("la République du Sénégal")).isEqualTo("République du Sénégal");
        assertThat(French.withoutArticle("l'État du Qatar")).isEqualTo("État du Qatar");
        assertThat(French.withoutArticle("les Émirats arabes unis")).isEqualTo("Émirats arabes unis");
    }
}
