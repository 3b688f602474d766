package org.peerbot.core.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;

/**
 * Session 29 (issue 16): requests and goodbyes part 25 (a development set from this session) showed the rules missing,
 * each written here in the project's own words. A person asked for just after asking whether this is a bot had given
 * way to the bot question and been read as sharing; a service asked for by what it does ("who do we ask", "where do I
 * sort", "who can help me apply") had no rule; leaving for bed, the cows or a raid had none either. Their everyday twins
 * stay sharing.
 */
class RequestKindsSixTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "is this a bot. i need a person",
            "are you a real person? if you're not, put me through to one",
            "any chance of a real human? no offence meant",
            "i'd rather talk to a body than a phone screen",
            "please escalate this chat to a member of staff",
            "go on, fetch me one of the mods",
            "does a volunteer ever see these? i'd like one to answer me",
            "is Maggie on tonight? she said to message if i needed a chat",
            "fancy a natter with one of the lads from the group",
            "is there a peer mentor i could talk to who's had a stoma a while",
            "my dad wants a proper person, not this"})
    void aPersonAskedForAfterTheBotQuestionOrInTheirWordsIsAPersonRequest(String text) {
        TestRules.rulesRead(Category.HUMAN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "need a translator for mum's clinic appointment, where do we ask",
            "he needs a speech therapist again. who do we contact?",
            "who can help me apply for a carer's grant",
            "need a doctor tonight and the surgery's closed",
            "where do i sort a bus pass for disabled people",
            "is there talking therapy i can refer myself to",
            "could i have details of a charity that advises on fostering with a disability",
            "is there a number i can ring at the weekend when nobody's about",
            "any counselling in urdu near me?"})
    void aServiceAskedForByWhatItDoesIsAServiceRequest(String text) {
        TestRules.rulesRead(Category.SERVICES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "eyes are closing. bed. night",
            "thank you and goodnight from both of us",
            "that's all i needed. ta",
            "we'll stop there for tonight",
            "hens need feeding. later",
            "i'll sign off here, school run",
            "that's enough for one day",
            "gonna log off and have a bath",
            "gotta dip, tea's on",
            "hasta luego amigos"})
    void leavingInMoreOfTheirWaysIsAGoodbye(String text) {
        TestRules.rulesRead(Category.GOODBYE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "went to a support group in the town hall, it was nice",
            "my talking therapy finished last week, it helped a bit",
            "the doctor said i'd had a good run with the old tablets",
            "my mum wants a person to help with her shopping",
            "we stopped there for lunch on the way home",
            "my husband always says later and never does it"})
    void theirEverydayTwinsAreRead(String text) {
        TestRules.rulesRead(Category.SHARING, text);
    }
}
