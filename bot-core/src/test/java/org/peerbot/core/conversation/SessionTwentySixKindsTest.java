package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 26: kinds the nineteenth blind suite showed misheard. A bot asked to act in the world inside a longer message
 * ("could you ring my GP for me and tell them ... I hate the phone", "remember that and ask me next week") got the
 * clinical boundary or nothing honest; a first after a death told without the word ("cleared his wardrobe", "would have
 * been her 70th") got no sorry, or was read as the death of the person who helped; the member judged in a role ("felt
 * like the worst mum going") or a child's "mummy you're back" was heard as news about the member's own mum; "course I
 * said no" was "your course"; a hurtful remark quoted ("you've let yourself go", "you brought it on yourself") was not
 * heard as hurt; a craving said no to ("didn't buy one, made a brew instead") was praised as "well done on walking"; a
 * goodnight, tea being ready or a chippy ahead were not wished on them as they left; "anyway don't want to go on, just
 * had to tell someone" got the crisis check-in; a game lost ("she's beaten me at Scrabble again") got the abuse reply;
 * love and being worn down said together ("love him to bits but I'm climbing the walls") heard only the frustration;
 * "felt like the worst mum going" was not heard as guilt; "wondering if he's scared of me now" (a son since the ward)
 * got the abuse block from the model; a partner's better result ("pumping better, the nurse was all smiles") was not
 * good news; "and i just. idk" was given back as "You just.".
 * Each sentence is written here in its own words. ({@link ListeningChats} replies are lower-cased.)
 */
class SessionTwentySixKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {
            "could you phone the surgery for me and say the new inhaler makes me shaky? i can't face the phone queue",
            "can you remind me on friday to ring the pharmacy, i keep forgetting since the new tablets started",
            "my cat is called pepper. remember that and ask me how she is next week? she's at the vet on thursday"})
    void askedToActTheBotSaysWhatItCannotDoAndGivesNoBoundary(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).contains("can't do things outside this chat").doesNotContain("medical advice")
                .doesNotEndWith("?");
    }

    @Test
    void askedToActTheLossToldWithItIsHeardFirst() {
        String reply = chats.after("hi", "could you text me every morning to check i'm ok? i've lived alone since my "
                + "husband passed and nobody would know if i fell");
        assertThat(reply).contains("sorry").contains("can't do things outside this chat");
        assertThat(reply.indexOf("sorry")).isLessThan(reply.indexOf("can't do things"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my daughter and i cleared alan's wardrobe today. i kept his gardening coat",
            "it would have been june's 70th today. i bought her favourite roses anyway",
            "slept on his side of the bed last night. it smells less of him now"})
    void aFirstAfterADeathGetsASorryAboutNoOneNamedWrongly(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).contains("sorry").doesNotContain("losing your daughter");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "missed her nativity play again and felt like the worst mum going",
            "did the nursery run today and she shouted 'mummy's here' and hugged my legs"})
    void theMemberInTheirRoleIsNotTheirMum(String text) {
        assertThat(chats.after("hi", text)).doesNotContain("your mum");
    }

    @Test
    void ofCourseIsNotACourse() {
        assertThat(chats.after("hi", "my brother asked if he could have the spare room. course i said yes. "
                + "truth is i wanted it for my sewing")).doesNotContain("your course");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my uncle said 'you brought it on yourself with all them pies' in front of the kids",
            "the receptionist looked me up and down and said 'well what do you expect after all those years smoking'"})
    void aHurtfulRemarkQuotedIsHeardAsHurt(String text) {
        assertThat(chats.after("hi", text)).containsAnyOf("painful", "hurt", "sorry");
    }

    @Test
    void aCravingSaidNoToIsPraisedWithoutTheWrongThing() {
        String reply = chats.after("hi", "day 30 today. walking past the bookies i nearly went in. didn't though, "
                + "didnt go in, went home and made a brew instead");
        assertThat(reply).containsAnyOf("well done", "good on you", "courage", "brilliant")
                .doesNotContain("well done on walking").doesNotContain("well done on the");
    }

    @ParameterizedTest
    @ValueSource(strings = {"right, tea's ready, catch you tomorrow", "thanks for tonight, night all x",
            "right im away for a chippy, cheers pal"})
    void leavingIsWishedWell(String text) {
        String reply = chats.after("had a long day at work but i got through it", text);
        assertThat(reply).containsAnyOf("enjoy", "sleep well", "take care", "look after").doesNotEndWith("?");
    }

    @Test
    void notWantingToGoOnAboutItIsNotACrisis() {
        String reply = chats.after("the scan was better than last time, such a relief",
                "anyway don't want to go on, just had to tell someone. off to make the tea x");
        assertThat(reply).doesNotContain("999").doesNotContain("ending your life");
    }

    @ParameterizedTest
    @ValueSource(strings = {"love her to bits but i'm climbing the walls, she follows me from room to room since the fall",
            "i'd take a bullet for my daughter. i also sometimes dream of a week away from her"})
    void loveAndBeingWornDownAreBothHeard(String text) {
        assertThat(chats.after("hi", text)).containsAnyOf("both", "side by side").doesNotContain("you should");
    }

    @Test
    void judgingThemselvesInTheirRoleIsHeardAsGuilt() {
        assertThat(chats.after("hi", "missed his parents' evening again with the fatigue and felt like the worst dad going"))
                .containsAnyOf("hard on yourself", "guilt");
    }

    @Test
    void aChildScaredOfTheMemberIsNoDangerToThem() {
        String reply = chats.after("hi", "my 12 year old barely talks to me since i came home from the ward. "
                + "i wonder if she's scared of me now, of the tubes");
        assertThat(reply).doesNotContain("999").doesNotContain("not your fault");
    }

    @Test
    void aBetterResultForTheirPartnerIsGoodNewsAndRelief() {
        assertThat(chats.after("hi", "jim's heart scan came back and it's pumping better, up to 40 percent!! "
                + "the nurse was all smiles")).containsAnyOf("relief", "brilliant", "wonderful");
    }

    @Test
    void wordsThatFailThemAreNotGivenBackCut() {
        assertThat(chats.after("hi", "had a bad hypo at the park with my little one. she asked if daddy will go "
                + "funny again and i just. idk")).doesNotContain("you just.");
    }

    @Test
    void gladForThemAndGuttedForThemselvesIsNotAStep() {
        String reply = chats.after("hi", "our kath flies to lanzarote tomorrow. she asked if i minded, course i said no. "
                + "happy for her, gutted for me");
        assertThat(reply).doesNotContain("well done").doesNotContain("courage");
    }

    @Test
    void theWalkInIsACentreNotAWalk() {
        assertThat(chats.after("hi", "went to the walk in with my chest and the nurse said what do you expect. "
                + "felt like dirt")).doesNotContain("your walk");
    }

    @Test
    void aGameLostIsNotAbuse() {
        String reply = chats.after("rotten week with his ms", "he's just beaten me at chess again, says his brain fog "
                + "has lifted 😂");
        assertThat(reply).doesNotContain("999").doesNotContain("not your fault");
    }
}
