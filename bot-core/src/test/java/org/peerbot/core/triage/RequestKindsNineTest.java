package org.peerbot.core.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;

/**
 * Session 32 (issue 16): requests and goodbyes part 28 showed in plainer words than the rules knew: a person asked for
 * by being passed over, by the same volunteer as last time, by age, sex or what they have lived through, by "actual
 * volunteer?" after a joke about talking to a machine; a service asked for by a town ("late night chemist in ...
 * anyone?"), by a complaint about a GP, by whether a charity has a phone line, by food parcels, a foot or eye check, a
 * phone appointment, a language spoken; leaving told as the school run beckoning, a dog to walk "back later", thanks
 * and off to pray, "ta-ra a bit". Clinical questions: a number "good or bad?", a medicine weekly or daily, a result
 * behind a symptom, antibiotics or wait, a medicine before or during a meal. Each is written for this test; the twins
 * keep the everyday sense of the same words.
 */
class RequestKindsNineTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "can you pass me over to a real person please",
            "could i have the same lady as last friday?",
            "are you even a human? if not find me someone who is",
            "is there a male volunteer i could talk to about my prostate stuff",
            "anyone on here in their seventies? would love a chat with someone my own age",
            "do the volunteers come on in the evenings? i'd like to talk to one",
            "anyone who's been inside i can talk to?",
            "is there another carer on here i could chat with about my mum",
            "buddy please, someone who has been there",
            "ugh, talking to a toaster. real human?",
            "i'd rather speak to a real lady if there is one, i don't mind waiting",
    })
    void aPersonAskedForInMoreWordsIsAPersonRequest(String text) {
        TestRules.rulesRead(Category.HUMAN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "late night chemist in swansea anyone?",
            "free counselling anywhere near Hull?",
            "how do i complain about a nurse who was rude to my dad",
            "does the stroke charity have a helpline or is it just the website?",
            "anyone do food parcels round Wigan? skint till payday",
            "diabetic eye screening in Derby? no gp at the moment",
            "do any physios do video appointments? i can't get out",
            "is there a Polish speaking counsellor anywhere in Peterborough?",
    })
    void aServiceAskedForInMoreWordsIsAServiceRequest(String text) {
        TestRules.rulesRead(Category.SERVICES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the school run beckons, cheers all",
            "dog needs walking, back later",
            "thanks for listening, off to mass now.",
            "ta-ra a bit duck",
    })
    void leavingInMoreWordsIsAGoodbye(String text) {
        TestRules.rulesRead(Category.GOODBYE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my reading says 6.8, good or bad?",
            "is my methotrexate weekly or daily? can't remember",
            "ferritin came back 9, could that be behind the hair falling out?",
            "my leg has gone red and hot. antibiotics or just wait it out?",
            "not sure if i take my creon before the meal or during",
    })
    void aClinicalQuestionInMoreWordsIsClinical(String text) {
        TestRules.rulesRead(Category.CLINICAL, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "are you a real person? never mind, i just want to vent",
            "the volunteers here were lovely last year",
            "my mate came round for a natter, proper cheered me up",
            "had a free afternoon so went to the garden centre",
            "the charity shop had a lovely coat for a fiver",
            "watched a film about a woman who gets passed from doctor to doctor",
    })
    void theirEverydayTwinsAreSharing(String text) {
        TestRules.rulesRead(Category.SHARING, text);
    }
}
