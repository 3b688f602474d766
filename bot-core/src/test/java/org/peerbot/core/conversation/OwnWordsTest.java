package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What happened in the member's own words, turned to "you" (session 12): the last clause told in the first person,
 * given back when nothing on the planner's lists is; nothing when the clause is a question, speaks of the bot, or
 * holds a word of risk, method, medicine, swearing or a slur.
 */
class OwnWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "they didn't even ring me, I found out from him at the school gate | you found out from him at the school gate",
        "I QUIT. walked out at lunch | you walked out at lunch",
        "had to go to the loo and cry so nobody saw | you had to go to the loo and cry",
        "been up since four with the baby | you've been up since four with the baby",
        "my sister rang, had to leave work early | your sister rang",
        "gonna drive to see my nan tomorrow | you're gonna drive to see your nan tomorrow",
        "I'm a grandma now haha | you're a grandma now",
        "rang at eight. I was number thirty in the queue | you were number thirty in the queue",
        "three times I've been on hold to the council today | you've been on hold to the council today",
        "honestly I sat in the car park at Tesco and bawled | you sat in the car park at Tesco and bawled",
        "we've been on the waiting list since March | you've been on the waiting list since March",
        "my landlord still hasn't fixed the boiler lol | your landlord still hasn't fixed the boiler",
        "I sat at the bus stop for an hour in the cold | you sat at the bus stop for an hour in the cold",
        "I passed my exam at school | you passed your exam at school",
        "some days i just cant get out of bed | you just can't get out of bed",
        "Had a proper laugh with my sister at bingo | you had a proper laugh with your sister at bingo",
        "Thirty years I worked on that allotment | you worked on that allotment",
        "sick pay stops soon. I honestly don't know how we'll manage the rent | you honestly don't know how you'll"
            + " manage the rent",
        "I swam 10 lengths at the leisure centre | you swam 10 lengths at the leisure centre",
    })
    void theLastFirstPersonClauseIsTurnedToYou(String text, String said) {
        assertThat(OwnWords.said(text)).isEqualTo(said);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the council lost the forms again", "is it normal to feel like this?",
            "I took all my tablets", "I want to die", "I've got a knife", "I fucking hate mondays",
            "I told you already", "my head is killing me", "I hit him", "ok", "I", "he's so excited",
            "I think this chat is rubbish", "I doubled my metformin dose", "I started sertraline last week",
            "I've been on propranolol since June", "we switched him to amlodipine", "im such a baby about it",
            "I'm so stupid for believing him", "I am a useless mother", "my youngest is only 7",
            "when I was little we lived by the sea", "can I just offload for a bit?", "am I an awful person?", "been a long day with the kids", "I suppose the diabetes scares me most",
            "I could murder a cup of tea", "Best curry I've ever had", "Worst week I've had in years",
            "I lost 3 stone on the diet", "I look after my dad he's got bad depression",
            "my friend she said 'calm down love", "my english is not so good"})
    void nothingWhenTheClauseMayNotBeGivenBack(String text) {
        assertThat(OwnWords.said(text)).as(text).isNull();
    }
}
