package org.peerbot.core.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;

/**
 * Session 35 (issue 16): requests part 31 showed the rules missing, in this test's own words: a person asked for with
 * a bare "anyone about?" or "or just the robot", someone with the same condition to message, a human to get back to
 * them; a service asked for in more words (a hearing test without the wait, a drug service for prescribed
 * painkillers, where carers get support, the right people to ask about a blue badge); leaving in more words (a shift
 * starting, a helicopter boarding, "I'll let you get on", signing off for today); medicines asked about plainly (a
 * missed dose taken double, the best time to take a tablet on nights, a tube fitted now or later, "is that neuropathy",
 * two treatments "what would people choose"). The twins keep the everyday sense of the same words.
 */
class RequestKindsTwelveTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "anyone about?",
            "hello? anybody there tonight",
            "evening. anyone on?",
            "any1 around or is it just the robot",
            "is there anyone with lupus i could message",
            "any other farmers on here to have a chat with?",
            "can a real person get back to me please",
            "is there a real volunteer online right now?"
    })
    void aPersonAskedForInPlainWordsIsAPersonRequest(String text) {
        TestRules.rulesRead(Category.HUMAN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "where do you go to get an eye test for a toddler without waiting ages?",
            "is there a drug service that helps with coming off prescribed codeine?",
            "where do carers get support round here?",
            "who are the right people to ask about a blue badge, the council or the gp?",
            "where can I find a dietitian who knows about coeliac?",
            "somewhere round here i can get food? cupboards are empty"
    })
    void aServiceAskedForInMoreWordsIsAServiceRequest(String text) {
        TestRules.rulesRead(Category.SERVICES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "shift's starting, see you after",
            "taxi's here, catch you later",
            "right, i'll let you get on. cheerio",
            "signing off for today x",
            "lovely chatting, i'll pop back next week",
            "thank you. i go now, early start"
    })
    void leavingInMoreWordsIsAGoodbye(String text) {
        TestRules.rulesRead(Category.GOODBYE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "forgot my lansoprazole this morning, should i take two tonight",
            "whats the best time to take my metformin on nights",
            "should i have the peg put in now or wait until i need it",
            "tingling in my fingers at night, is that neuropathy starting",
            "we've been offered the infusion or tablets, what would you all choose"
    })
    void aMedicineAskedAboutPlainlyIsClinical(String text) {
        TestRules.rulesRead(Category.CLINICAL, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "anyone else feel guilty when they have a good day?",
            "anyone else up? can't stop thinking about tomorrow",
            "i go to work, i come home, i sit in the dark",
            "is it normal to feel angry at the person you care for?",
            "where do i start. ten years of this and nobody listened. anyway"
    })
    void theirEverydayTwinsAreSharing(String text) {
        TestRules.rulesRead(Category.SHARING, text);
    }
}
