package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    private final Triage triage = TestRules.triage();

    private String n(String s) {
        return triage.normalise(s);
    }

    @Test
    void lowerCasesStripsAccentsAndFoldsPunctuation() {
        assertThat(n("Héllo, WORLD!")).isEqualTo(" hello , world . ");
        assertThat(n("Is it ok?")).isEqualTo(" is it ok ? ");
        assertThat(n("a...b!!!c")).isEqualTo(" a . b . c ");
        assertThat(n("Ｆｕｌｌ ｗｉｄｔｈ")).isEqualTo(" full width ");
    }

    @Test
    void contractionsLoseTheirApostrophesAndWillIsExpanded() {
        assertThat(n("I'm sure I don't")).isEqualTo(" im sure i dont ");
        assertThat(n("I’ll go")).isEqualTo(" i will go ");
        assertThat(n("my mum's boyfriend")).isEqualTo(" my mums boyfriend ");
    }

    @Test
    void collapsesLetterRunsButKeepsRealDoubles() {
        assertThat(n("sooooo tired")).isEqualTo(" so tired ");
        assertThat(n("killlll")).isEqualTo(" kill ");
        assertThat(n("byeeee")).isEqualTo(" bye ");
        assertThat(n("pleeeease")).isEqualTo(" please ");
        assertThat(n("feel good")).isEqualTo(" feel good ");
        assertThat(n("need sleep")).isEqualTo(" need sleep ");
        assertThat(n("I feeeeel")).isEqualTo(" i feel ");
    }

    @Test
    void textSpeakAndMisspellings() {
        assertThat(n("kms")).isEqualTo(" kill myself ");
        assertThat(n("K M S")).isEqualTo(" kill myself ");
        assertThat(n("unalive")).isEqualTo(" kill ");
        assertThat(n("sewer slide")).isEqualTo(" suicide ");
        assertThat(n("sewerslide")).isEqualTo(" suicide ");
        assertThat(n("sucidal")).isEqualTo(" suicidal ");
        assertThat(n("i wanna od")).isEqualTo(" i want to overdose ");
        assertThat(n("dont")).isEqualTo(" dont ");
        assertThat(n("k*ll")).isEqualTo(" kill ");
        assertThat(n("u r gr8")).isEqualTo(" you are gr 8 ");
    }

    @Test
    void emojiBecomeWords() {
        assertThat(n("💊💊")).isEqualTo(" pills pills ");
        assertThat(n("🔪")).isEqualTo(" knife ");
        assertThat(n("🪢")).isEqualTo(" rope ");
        assertThat(n("🩸")).isEqualTo(" blood ");
        assertThat(n("⚰️")).isEqualTo(" die ");
        assertThat(n("😭😭")).isEqualTo(" crying crying ");
    }

    @Test
    void invisibleAndBidiCharactersAndZalgoAreRemoved() {
        assertThat(n("d\u200Bi\u200De")).isEqualTo(" die ");
        assertThat(n("\u202Ehello\u202C")).isEqualTo(" hello ");
        assertThat(n("h̷̢̛e̸̡l̶l̵o̷")).isEqualTo(" hello ");
        assertThat(n("\uFEFFhi")).isEqualTo(" hi ");
    }

    @Test
    void numbersAreSplitFromUnitsAndKeepDecimals() {
        assertThat(n("800mg")).isEqualTo(" 800 mg ");
        assertThat(n("sugar 1.6mmol")).isEqualTo(" sugar 1.6 mmol ");
        assertThat(n("ended at 3.")).isEqualTo(" ended at 3 . ");
    }

    @Test
    void aRunTheRulesKnowAsOneWordStaysWhole() {
        // session 24: "hba1c" had been split into "hba 1 c", so no rule naming it ever matched
        assertThat(n("my HbA1c came back 64")).isEqualTo(" my hba1c came back 64 ");
        assertThat(n("low b12")).isEqualTo(" low b12 ");
        assertThat(n("see u 2nite")).contains(" tonight ");
        // a number with its unit is still split, even where the rules name the run ("sats in the 70s")
        assertThat(n("sats in the 70s")).isEqualTo(" sats in the 70 s ");
        assertThat(n("3am")).isEqualTo(" 3 am ");
    }

    @Test
    void emptyAndNull() {
        assertThat(n(null)).isEqualTo(" ");
        assertThat(n("")).isEqualTo(" ");
        assertThat(n("   ")).isEqualTo(" ");
    }
}
