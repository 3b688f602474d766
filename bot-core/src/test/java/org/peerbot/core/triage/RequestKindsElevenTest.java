package org.peerbot.core.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;

/**
 * Session 34 (issue 16): requests, goodbyes and medicine questions part 30 showed in plainer words than the rules knew:
 * a person asked for as anyone who had the operation "willing to DM me", "please can a person read this", fellow
 * sufferers up for a moan on voice chat, "a person I mean", a peer supporter to be put in touch with, one of the group
 * organisers, "can one message me back?", dads or young people on here to talk to, "is this the real Sue or a robot";
 * a service asked for as a specialist adviser near a city, counselling without a long wait, talking books, grants,
 * a lunch club "any?", who to chase now they're home, whether 111 is the same in Scotland, the out of hours doctor's
 * number, anyone who helps with debt, claiming back hospital parking, a course "what's it called?"; leaving as
 * "right, tea's mashed, off I go. thanks all"; a medicine asked about by name ("with my coffee or wait a bit?", "before
 * the meal or halfway through?"). Each is written for this test; the twins keep the everyday sense of the same words.
 */
class RequestKindsElevenTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "anyone had a hysterectomy willing to dm me? things i can't ask my mum",
            "please can a real person read this, not the robot",
            "any fellow psoriasis sufferers up for a moan on voice chat tonight?",
            "anyone actually there? a person i mean",
            "i'd like to be put in touch with one of your volunteers please",
            "could i talk to one of the group organisers?",
            "can someone message me back?",
            "anyone who lost their wife to it to talk to",
            "any other dads on here for a chat? would be good to talk to another bloke",
            "someone my age to talk to would help, i'm 22",
            "is this the real Pat from the Thursday group or a robot",
            "if a person reads this later please get in touch"
    })
    void aPersonAskedForInMoreWordsIsAPersonRequest(String text) {
        TestRules.rulesRead(Category.HUMAN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ms specialist nurse near Hull?",
            "talking books for someone who can't see print any more, where do i look",
            "any grants for people with sickle cell? washing machine's gone",
            "lunch club for over 70s in Rhyl, any?",
            "who do i chase about the walking frame now i'm home?",
            "is 111 the same in Wales?",
            "whats the out of hours gp number round here",
            "anyone that helps taxi drivers with debt?",
            "can you claim back hospital parking when you go every week?",
            "there's a course for newly diagnosed type 1s in Derby, what's it called?"
    })
    void aServiceAskedForInMoreWordsIsAServiceRequest(String text) {
        TestRules.rulesRead(Category.SERVICES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "right, kettle's boiled, off i go. thanks all",
            "right, tea's on the table, cheers for listening",
            "Right I'd best get the washing in before the rain. Thanks for letting me moan. Laters",
            "thanks for the chat. right, i'm off to watch the match. speak soon"
    })
    void leavingInMoreWordsIsAGoodbye(String text) {
        TestRules.rulesRead(Category.GOODBYE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "levothyroxine with my morning tea or leave it a bit?",
            "creon before the meal or halfway through?",
            "letrozole joint pain, does it ease off or am i stuck with it?",
            "normal peak flow for a 60 year old man? mine's 300"
    })
    void aMedicineAskedAboutByNameIsClinical(String text) {
        TestRules.rulesRead(Category.CLINICAL, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "had a chat with a man at the bus stop who's had the same op. nice to meet someone who gets it.",
            "right good laugh at group tonight, first in ages",
            "people who park in the blue badge bays without a badge make me so cross",
            "started going to the men's shed, the lads are a right laugh. anyone else found something like that?",
            "thanks, those breathing exercises helped me get off to sleep last night",
            "are you a real person or a bot? just wondering",
            "can't see the point of the large print books, the lady means well though",
            "took my tablets, did my sugars, gold star for me"
    })
    void theirEverydayTwinsAreSharing(String text) {
        TestRules.rulesRead(Category.SHARING, text);
    }
}
