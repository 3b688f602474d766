package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;

/**
 * A request for a person or a service that happens to name a condition is that request, not a clinical question: the
 * bare topic rule (a question form and any health word) gives way to it. A specific clinical rule keeps the message
 * clinical. (Each request here also matches the bare topic rule; before the change all five were read as clinical.)
 */
class RequestOverBareTopicTest {
    private final Triage triage = TestRules.triage();

    @ParameterizedTest
    @ValueSource(strings = {
            "where can I get help for my son's autism?",
            "how do I find help for my mums dementia?",
            "where can I go for help with my eating disorder?"})
    void aServiceAskedForByConditionIsAServiceRequest(String text) {
        assertThat(triage.classifyRules(text).category()).isEqualTo(Category.SERVICES);
    }

    /**
     * A service asked for by what it does rather than by name. Before the change each of these was clinical (the
     * bare topic rule; the last one by the reading rule, "number" read as a result).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "could you point me towards someone who does help with bladder problems after prostate surgery?",
            "no idea where to find support for a lad with autism who has left school, any ideas?",
            "is there anywhere that does eye checks for diabetics at home? mum can't get out",
            "do you have a number for somebody to ring about cancer worries on a sunday?"})
    void aServiceAskedForByWhatItDoesIsAServiceRequest(String text) {
        assertThat(triage.classifyRules(text).category()).isEqualTo(Category.SERVICES);
    }

    /**
     * Someone else's eating disorder, asked about, is a request for a service; before the change the word alone made
     * it a self-harm crisis. The member's own, told now, still is one.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "my niece has bulimia, where can my sister get support for her?",
            "is there anywhere that helps a teenager with anorexia? we're lost"})
    void someoneElsesEatingDisorderAskedAboutIsAServiceRequest(String text) {
        assertThat(triage.classifyRules(text).category()).isEqualTo(Category.SERVICES);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my anorexia has got its grip on me again and I've barely eaten in a week",
            "bulimia is back and I can't stop it"})
    void theMembersOwnEatingDisorderNowIsStillRisk(String text) {
        assertThat(triage.classifyRules(text).category()).isEqualTo(Category.CRISIS);
    }

    /** Near misses: a reading that is a number, and telling of a service already found, are not requests. */
    @ParameterizedTest
    @ValueSource(strings = {
            "is a number of 9 high for a fasting blood sugar?",
            "is a blood sugar number of 2.9 too low for bed?"})
    void aNumberThatIsAReadingStaysClinical(String text) {
        assertThat(triage.classifyRules(text).category()).isEqualTo(Category.CLINICAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the diabetes nurse pointed me to a walking group and I love it",
            "found somewhere that does cheap hearing aid batteries at last"})
    void tellingOfAServiceFoundIsSharing(String text) {
        assertThat(triage.classifyRules(text).category()).isEqualTo(Category.SHARING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "is there a real person I can talk to about my diabetes?",
            "can I talk to a real person about my depression please"})
    void aPersonAskedForByConditionIsAPersonRequest(String text) {
        assertThat(triage.classifyRules(text).category()).isEqualTo(Category.HUMAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "should I double my metformin if my sugar is 15?",
            "is it safe to take ibuprofen with my blood pressure tablets?",
            "what does an hba1c of 60 mean for type 2?"})
    void aSpecificClinicalQuestionStaysClinical(String text) {
        assertThat(triage.classifyRules(text).category()).isEqualTo(Category.CLINICAL);
    }
}
