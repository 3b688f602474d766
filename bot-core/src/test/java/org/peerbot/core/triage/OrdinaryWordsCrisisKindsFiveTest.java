package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 14 (issue 16): the kinds the eleventh held-out part showed the rules still missed, said in ordinary words:
 * all that is left of a medicine taken "and be done", a way of dying asked about as "does it work", a gun taken out or
 * blades bought "and I know what for", an illness that may not get them first, a goodbye "if I don't wake up", the
 * last time they will see someone, slipping under the bath water, no longer being a weight "for good", deciding not to
 * go on, hitting themselves until numb, "no point anymore" on its own, affairs put in order, and harm to another
 * planned in plain words (something in a drink, fuel by a door, going in "with something", waiting after a shift).
 * Then the near misses: exasperation ("shoot me now", "the next person who says ..."), a laughing face on a threat
 * about biscuits, and each family's ordinary twin. Every message is written for this test in its own words.
 */
class OrdinaryWordsCrisisKindsFiveTest {
    private final CrisisChecks check = new CrisisChecks();

    private void kind(CrisisKind expected, String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my kidneys are packing in and im going to take the lot of my tramadol and be done with it",
            "thinking of swallowing every one of the pills in the drawer and going to sleep forever",
            "would a carrier bag over my head be quick",
            "how many oramorph would it take before it stops my breathing",
            "got the rifle down from the loft and loaded it",
            "picked up a pack of razor blades on the way home. nobody knows",
            "if the copd doesnt take me soon ill finish the job myself",
            "if i dont wake up in the morning tell the kids i love them",
            "spent the day at the zoo with my nephew. i know its the last time ill see him, wanted it to be special",
            "lay in the bath tonight thinking how easy it would be to slip under and not come up",
            "maybe its time i stopped being a burden to them all. for good this time",
            "ive made up my mind, im not carrying on",
            "punching the wall till my knuckles bleed again",
            "no point anymore",
            "nothing left for me since she died. ive put my affairs in order"})
    void selfHarmSaidInOrdinaryWordsIsCrisis(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "im going to slip something into his pint so he never bothers her again",
            "theres a can of petrol in the boot and her front door is wooden",
            "next time the manager fobs me off ill go back in there with a knife",
            "i know when he finishes at the depot. hell regret what he did",
            "going to be waiting for her outside after her shift. shes going to get what's coming"})
    void harmToAnotherPlannedInPlainWordsIsCrisis(String text) {
        kind(CrisisKind.HARM_TO_OTHERS, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "going to take the rest of my antibiotics tonight like the gp said",
            "the leaflet says never put a plastic bag over a baby's head",
            "took the air rifle down the farm to sort the rabbits",
            "bought razor blades for shaving, the cheap ones are rubbish",
            "if i dont wake up in time for my shift can you text me",
            "last time ill see my daughter before she moves to canada",
            "how long can you stay under the water when swimming",
            "ive decided im not going on the diet anymore",
            "no point going to the gp anymore, they never listen",
            "put my affairs in order after the consultant said stage 4, it felt sensible",
            "Shoot me now. Another hour in this queue",
            "im going to strangle the next person who tells me to try yoga",
            "ill kill him if he eats my biscuits again 😂",
            "im going in to the surgery tomorrow with something for the nurses, they've been lovely",
            "i put something in her tea to help her sleep, the gp said honey was fine"})
    void theirOrdinaryTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
