package org.peerbot.core.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;

/**
 * Session 30 (issue 16): requests and goodbyes part 26 (a development set from this session) showed the rules missing,
 * each written here in the project's own words. A person asked for in the plainest words ("want a real human", "an
 * actual person", "I'd rather a person", "someone real please") had been read as sharing, and one asked for with a
 * condition named had gone to the clinical reply; services asked for by a place, an opening time, a referral, a
 * number or a bill had gone to sharing or clinical; leaving for a shift, prayers or sleep had no rule. Their everyday
 * twins stay as they were.
 */
class RequestKindsSevenTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "are you a bot? want a real human",
            "is this automatic? i need an actual person",
            "i'd rather a person if that's ok",
            "real person please",
            "just want someone real to talk to tonight",
            "i don't want a chatbot",
            "human. real. please",
            "is there a person behind this?",
            "can you put me through to someone who has had a stroke",
            "anyone on the volunteer team i could chat to who's deaf too?",
            "does anyone here look after a husband with dementia? would love to talk to you",
            "i'd like a chat with someone who's been there",
    })
    void aPersonAskedForPlainlyIsAPersonRequest(String text) {
        TestRules.rulesRead(Category.HUMAN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "lupus support group anywhere near cardiff?",
            "is there a chemist open sunday in bolton",
            "is there another way to get hold of the wheelchair service, the phone just rings out",
            "how do i get referred to a memory clinic",
            "therapy that isn't a year long wait?",
            "direct number for the stoma nurse?",
            "where can i find a legal aid solicitor",
            "any whatsapp groups for parents of type 1 kids?",
            "is 111 the out of hours service in scotland too",
            "is there a charity that helps with heating bills for dialysis at home",
            "do all hospitals have a lupus nurse",
            "is there an app that reminds you to take your tablets",
            "is there someone who coordinates all the carers and equipment",
            "how do i apply for a blue badge",
            "are there counsellors near me who speak polish",
    })
    void aServiceAskedForByPlaceNumberOrWhatItDoesIsAServiceRequest(String text) {
        TestRules.rulesRead(Category.SERVICES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "cheerio, the bus is here",
            "i'll stop pestering you now, thanks",
            "my shift starts in 5, cheers",
            "going to get some sleep now, thanks for listening",
            "got to go for prayers now",
            "i'll leave you to it",
            "thanks for the chat, off to the dentist now",
            "i'm off. see ya later",
            "off to bed now, see you tomorrow",
    })
    void leavingForAShiftPrayersOrSleepIsAGoodbye(String text) {
        TestRules.rulesRead(Category.GOODBYE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "having someone real in my corner makes all the difference",
            "the group walk meets near the park",
            "my shift starts in an hour and i'm dreading it",
            "the chemist was open on sunday and the pharmacist was lovely",
    })
    void theirEverydayTwinsAreRead(String text) {
        TestRules.rulesRead(Category.SHARING, text);
    }
}
