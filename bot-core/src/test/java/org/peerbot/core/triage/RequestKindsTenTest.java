package org.peerbot.core.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;

/**
 * Session 33 (issue 16): requests and goodbyes part 29 showed in plainer words than the rules knew: a person asked for
 * as anyone on here who has been through it, other parents about tonight for a natter, "not a robot pls", whoever runs
 * the group, or by someone living with an eating disorder asking for a real person or a group (which had read as a
 * crisis on the name alone; with anything more than the request, the name is still read as risk); a service
 * asked for as "is that the council?", anything for widowed dads round a city, how to apply for PIP or see a dietitian
 * or move a repeat prescription (which had read as clinical), the number for the crisis team, free counselling for
 * carers, any crowd that does respite, grief groups; leaving as have a good weekend, "so I'll go. night", "I'll say
 * ta-ra", "mind how you go"; an expired pen "would it still work" is clinical. Each is written for this test; the
 * twins keep the everyday sense of the same words.
 */
class RequestKindsTenTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "is there anyone on here who's been through a stoma reversal and got out the other side",
            "any other dads of teens with autism about tonight? could do with a chat",
            "anyone been there with the binge eating? not a bot pls",
            "can i talk to whoever actually runs this group",
            "anorexia chat with a real person please",
            "would love a buddy who's also on the transplant list",
    })
    void aPersonAskedForInMoreWordsIsAPersonRequest(String text) {
        TestRules.rulesRead(Category.HUMAN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "carers allowance for my dad, is that the dwp?",
            "is there anything for young widows round Leeds?",
            "how do i go about getting a blue badge for my mum",
            "how do I get to see a dietitian on the nhs",
            "how can i move my prescription to the chemist near work",
            "number for the out of hours mental health team in Derby?",
            "any free counselling for young carers in Norwich?",
            "is there any charity that does respite for a weekend",
            "are there bereavement groups for people who lost someone to cancer?",
            "where can i find a support group for women with anorexia",
    })
    void aServiceAskedForInMoreWordsIsAServiceRequest(String text) {
        TestRules.rulesRead(Category.SERVICES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "that's helped, thanks. have a good weekend everyone",
            "physio's here so i'll go. night",
            "tea's ready so i'll say tara. thanks for the chat",
            "right, i'm off. cheers all",
            "Right, I'm away. Mind how you go.",
    })
    void leavingInMoreWordsIsAGoodbye(String text) {
        TestRules.rulesRead(Category.GOODBYE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my inhaler's a month out of date, would it still work"})
    void anExpiredMedicineAskedAboutIsClinical(String text) {
        TestRules.rulesRead(Category.CLINICAL, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mind yourself on the ice this morning, it's lethal",
            "we had a good weekend at the caravan with the grandkids",
            "i couldn't go to the support group, too tired",
            "could sleep on a washing line today honestly",
    })
    void theirEverydayTwinsAreSharing(String text) {
        TestRules.rulesRead(Category.SHARING, text);
    }
}
