package org.peerbot.core.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;

/**
 * Session 31 (issue 16): requests and goodbyes part 27 showed in plainer words than the rules knew: a person asked
 * for by what they have lived through, by age, by whether a human reads this, and in spellings by sound; a service
 * asked for by describing it (referring oneself, volunteer drivers, a group of one's own, whether a kind of help
 * exists, an out-of-hours number); leaving told as logging off, leaving it there, the kettle calling, night night.
 * Clinical questions about taking a medicine with food, a switch of medicine, a jab on a drug that lowers immunity,
 * when a medicine should start to work. A year or a phone number in a story is not a temperature.
 * Each is written for this test; the twins keep the everyday sense of the same words.
 */
class RequestKindsEightTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "anyone had their bladder removed? want to talk, not read leaflets",
            "any other farmers with copd about? keen to swap notes",
            "is a human reading this or is it all automatic",
            "are you ai? i need someone who actually understands",
            "hello. is this a person. if not can i get one",
            "have you got any older volunteers? i'm 79",
            "does a volunteer ever actually reply to these",
            "is there anybody on here who has been through a divorce and a diagnosis that i could talk to?",
            "is there a peer mentor who's lost a leg?",
            "can i tawk to sumone who has had a stroke",
            "wud like to speek to a reel persun",
            "get me a real lass who's had a mastectomy",
    })
    void aPersonAskedForInMoreWordsIsAPersonRequest(String text) {
        TestRules.rulesRead(Category.HUMAN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "how do i refer myself for counselling in leeds?",
            "are there any volunteer drivers for hospital trips round here?",
            "do people with sarcoidosis have their own charity?",
            "do lymphoedema nurses exist?",
            "how would we get a blue badge for my mum",
            "can i ring the epilepsy nurse directly or does it have to be the gp?",
            "out of hours doctor in scotland, is it still 111?",
            "free physio anywhere in hull?",
            "where's the nearest late chemist to the station?",
            "where can i get free hearing aid batteries near me",
            "is there a charity that will help us fill in the pip form?",
            "how do i get a dietitian",
            "is there a pet bereavement line?",
            "looking for bereavement support after losing my brother",
            "have you got a number for mind?",
    })
    void aServiceAskedForInMoreWordsIsAServiceRequest(String text) {
        TestRules.rulesRead(Category.SERVICES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "thanks, feeling a bit lighter. logging off.",
            "i'll leave it there for tonight, thank you",
            "the kettle's calling, ta for listening",
            "night night all x",
            "back to the tools now, cheers for that",
            "the dog wants his walk, i'll love you and leave you",
    })
    void leavingInMoreWordsIsAGoodbye(String text) {
        TestRules.rulesRead(Category.GOODBYE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "can i have coffee with my levothyroxine or should i wait?",
            "do i have to take my methotrexate on an empty stomach or can i have it with breakfast?",
            "my heart skips now and then after tea, is that worth getting checked?",
            "they switched me from metformin to sitagliptin, why would they do that?",
            "will i need thyroxine for life after the operation?",
            "am i still ok to have the flu jab on methotrexate?",
            "mum has had three chest infections this winter, should she go on something for them?",
            "been on sertraline 50 for a month, when should i start feeling better?",
    })
    void aClinicalQuestionInMoreWordsIsClinical(String text) {
        TestRules.rulesRead(Category.CLINICAL, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "still no blue badge decision after eight weeks, so cross",
            "i've got a good therapist now and it helps",
            "can't sleep, mind won't switch off",
            "my gp switched me from sertraline to citalopram, we'll see how it goes",
            "the sofa is calling me all winter, no get up and go",
            "does a person read what i type or is it all a computer? just curious where it goes",
            "been part of a bereavement group for years now, it helped",
            "wrote my symptoms in my diary instead of googling them. progress!",
            "took my first injection tonight, nervous but did it",
            // a year or a phone number is not a temperature ('1987', '999' read as a fever of 38 or more before)
            "found my nan's old 1974 diary today, forgot how much she made me smile",
            "surgery's shut and it's not a 999 thing, my ear just aches, i'll see how it is tomorrow",
            "the new meds finally kicked in and i slept right through",
            // a question about themselves beside a condition named is not a clinical question
            "went back to my job at the library while my wife's ms is bad and i feel guilty. is that awful",
            "told you about my diagnosis before my husband. feels strange but also... relieved?",
            // 'mind' said at the end of a clause is not the charity
            "knitted him a jumper, dropped a stitch or two mind",
    })
    void theirEverydayTwinsAreSharing(String text) {
        TestRules.rulesRead(Category.SHARING, text);
    }
}
