package org.peerbot.core.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;

/**
 * Session 28 (issue 16): the requests part 24 showed the rules alone reading as sharing or clinical once it became a
 * development set: a chat or a natter asked for in the group's words (anyone about, volunteers on, one of the team or
 * the organisers to text or ring, a named member "about", one who is real, no more robot, whoever runs the group, a
 * proper person, one-to-ones); a service asked for by place or by what it does (a group "in" or "near" a town, home
 * visits, where else to get a box of tablets filled, who to complain to, the nurses direct, open on a Sunday, counselling
 * just for a loss, extra money for looking after someone); and leaving in more of their own ways (a goodbye word
 * closing a long message, signing off, a break over, best get some sleep, Welsh). Every message is written for this
 * test.
 */
class RequestKindsFiveTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "anyone around for a natter tonight?",
            "any volunteers on? could do with a person",
            "can one of your team message me back? i can't do calls",
            "could one of the organisers give me a ring",
            "is Dot about? she said to message her if i needed a chat",
            "are you real? if not can i have one who is",
            "no more bot. a person please.",
            "i'd like to talk to whoever runs this group",
            "i need a chat with an actual human being",
            "does anyone in the group do one to ones",
            "is there a peer supporter on here i could talk to?",
            "would love to talk to another stoma warrior"})
    void aChatAskedForInTheGroupsWordsIsAPersonRequest(String text) {
        TestRules.rulesRead(Category.HUMAN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "any carers group in Barnsley?",
            "heard choirs are good for your breathing. anything like that round Wigan?",
            "does anyone do home visits for toenails? i can't bend",
            "my chemist stopped doing blister packs, where else can i get them done?",
            "who do i complain to about the damp in my flat",
            "how do i get hold of the heart failure nurses direct",
            "is there a chemist open on a sunday near me",
            "food banks open in Leeds on a weekday evening?",
            "is there counselling specifically for people who've lost their sight"})
    void aServiceAskedForByPlaceOrWhatItDoesIsAServiceRequest(String text) {
        TestRules.rulesRead(Category.SERVICES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "signing off, nothing left in the tank",
            "right, that's my lunch break over. back to it",
            "that's all i needed, ta. take care",
            "Thanks for tonight, it helped. Early start so I'd best get some sleep. I'll pop back tomorrow.",
            "anyway the dog wants out and the kettle's on. it's been good to get it off my chest. ta-ra for now.",
            "long day tomorrow, the in-laws are coming. laters.",
            "good night and thanks again",
            "nos da pawb"})
    void leavingInMoreOfTheirWaysIsAGoodbye(String text) {
        TestRules.rulesRead(Category.GOODBYE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my nan said goodbye to the house today. ta ra old place",
            "the nurses were lovely, one of them sat with me for an hour",
            "i signed off sick for another month",
            "anyone else find the nights the worst?",
            "is Dot about to have her op? she mentioned it last week"})
    void theirEverydayTwinsAreRead(String text) {
        TestRules.rulesRead(Category.SHARING, text);
    }
}
