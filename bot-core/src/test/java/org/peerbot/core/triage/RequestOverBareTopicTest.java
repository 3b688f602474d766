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
