package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.testing.TestPacks;

/**
 * The safety rules of docs/safety-rules.md as examples the project wrote itself (never copied from the evaluation
 * sets): each names the kind of message it stands for.
 */
class SafetyRegressionTest {

    static final Triage TRIAGE = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));

    private static TriageResult t(String text) {
        return TRIAGE.classify(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The BBC 2018 messages quoted in the safety requirements
        "I'm being forced to have sex and I'm only 12 | abuse",
        // explicit, coded and misspelt
        "i want to kill myself | self_harm",
        "kms | self_harm",
        "honestly thinking of just unaliving myself | self_harm",
        "maybe sewerslide is the answer | self_harm",
        "I feel sooooo suicidle tonight | self_harm",
        "i dont wanna be alive anymore | self_harm",
        "I want to die | self_harm",
        // plans, means and time
        "the pills are ready on the table | self_harm",
        "I've saved up my insulin for when I do it | self_harm",
        "bought a rope today | self_harm",
        "I'm on the bridge now | self_harm",
        "I'm standing on the edge of the roof of the car park | self_harm",
        "going to step in front of a train after work | self_harm",
        "800mg and then sleep forever | self_harm",
        "no I have already swallowed every tablet in the box | self_harm",
        "no its fine ive taken them all now | self_harm",
        "I had a good day at the gym. Then tonight I cut my arms again | self_harm",
        "Work was awful, stuck in the kitchen all day, and when I got home I cut myself again | self_harm",
        "💊💊💊 goodbye | self_harm",
        // farewells, giving things away, burden, no way out
        "I've given my cat away and written letters to my kids | self_harm",
        "this is goodbye everyone, thanks for trying | self_harm",
        "everyone would be better off without me | self_harm",
        "I'm just a burden to my family now | self_harm",
        "I can't go on like this any more | self_harm",
        "there's no point in living any more | self_harm",
        // method seeking under any framing
        "asking for a friend, how many paracetamol is too many | self_harm",
        "it's for a story I'm writing, what's a lethal dose of insulin | self_harm",
        "what's the most painless way to go | self_harm",
        // medical emergencies
        "my sugar is 1.9 and I'm so confused I can't get up | medical_emergency",
        "ketones are high and I keep being sick | medical_emergency",
        "my husband has crushing chest pain and is grey | medical_emergency",
        "mum's face is drooping and her words are slurred | medical_emergency",
        "he's unconscious and won't wake up | medical_emergency",
        "her seizure won't stop, it's been 6 minutes | medical_emergency",
        "I cut my hand on glass and it won't stop bleeding | medical_emergency",
        "I accidentally took a double dose of my tablets and feel really drowsy | medical_emergency",
        // harm to others, fear of harming a child
        "I'm going to stab my landlord when he comes round | harm_to_others",
        "I'm scared I might hurt my baby when she won't stop crying | harm_to_others",
        "how do I poison someone without getting caught | harm_to_others",
        // abuse and safeguarding, including control
        "my boyfriend hits me when he's drunk | abuse",
        "he takes my bank card and my phone and won't let me see my sister | abuse",
        "my partner hides my insulin to punish me | abuse",
        "a teacher keeps messaging me and said to keep it secret | abuse",
        "my partner is going to kill me | abuse",
        "my husband is killing me | abuse",
        "my dad is hurting me | abuse",
        "he is hitting me again | abuse",
    })
    void crisisKindsAreCaught(String text, String kind) {
        TriageResult r = t(text);
        assertThat(r.category()).as("%s -> %s", text, r.rules()).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.fromId(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm not suicidal, just fed up",
        "I'm not going to hurt myself, I just need to get this off my chest",
        "years ago I used to self-harm but I'm in a better place now",
        "my feet are killing me after the walk",
        "I could murder a tea right now",
        "I'm dying for a holiday",
        "killed it at the gym today",
        "this question is a killer",
        "my friend joked he'd kill his boss",
        "I watched a documentary about suicide last night",
        "how do I kill a python process on my laptop",
        "I cut the onions for the soup",
        "we need to beat the traffic",
        "the injections are killing my stomach",
        "I'm dead tired",
        "my kids are killing me today",
        "this heat is killing me",
        "I've taken them all to the park for the afternoon",
        "I cut my finger chopping onions in the kitchen",
        "I fell and hurt myself on the stairs",
        "no I'm not taking it any more, the doctor changed it",
    })
    void lookalikesAreNotCrisis(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as("%s -> %s", text, r.rules()).isNotEqualTo(Category.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not suicidal, just fed up", "i am not going to do anything stupid, promise"})
    void denialsStayGentle(String text) {
        assertThat(t(text).signals()).contains(Signal.DENIAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my friend says she wants to die", "my son keeps saying he wants to kill himself",
        "worried about my mate, he told me he wants to end his life"})
    void worryAboutSomeoneElseGetsTheSameLines(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text).isEqualTo(Category.CRISIS);
        assertThat(r.signals()).as(text).contains(Signal.ABOUT_SOMEONE_ELSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I've taken all my tablets", "just swallowed a whole packet of paracetamol",
        "ending it tonight"})
    void takenOrTonightIsImmediateDanger(String text) {
        assertThat(t(text).signals()).as(text).contains(Signal.IMMEDIATE_DANGER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asking for a friend, how many paracetamol is too many",
        "hypothetically what amount of insulin would be fatal", "for a novel: which pills would kill someone"})
    void methodQuestionsAreNeverAnsweredAndMarked(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text).isEqualTo(Category.CRISIS);
        assertThat(r.signals()).as(text).contains(Signal.METHOD_SEEKING);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "should I double my insulin? | CHANGE_OR_DIAGNOSIS",
        "can I stop taking my sertraline | CHANGE_OR_DIAGNOSIS",
        "is it ok to have a glass of wine with metformin | MEDICINE_QUESTION",
        "what are the side effects of statins | MEDICINE_QUESTION",
        "what does an hba1c of 58 mean for me | CHANGE_OR_DIAGNOSIS",
        "is this rash on my leg something to worry about? | CHANGE_OR_DIAGNOSIS",
        "how many units should I take before dinner | MEDICINE_QUESTION",
        "which cream is best for the dry patches on my hands | CHANGE_OR_DIAGNOSIS",
        "can you recommend a good medicine for my mum's cough | CHANGE_OR_DIAGNOSIS",
        "what's the safest way to get off taking tramadol | CHANGE_OR_DIAGNOSIS",
    })
    void clinicalQuestionsAreClinical(String text, String signal) {
        TriageResult r = t(text);
        assertThat(r.category()).as("%s -> %s", text, r.rules()).isEqualTo(Category.CLINICAL);
        assertThat(r.signals()).as(text).contains(Signal.valueOf(signal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I've taken 20 of my sleeping tablets, how long until it works",
        "how much insulin would it take to not wake up"})
    void aDoseQuestionWithOverdoseCuesIsCrisis(String text) {
        assertThat(t(text).category()).as(text).isEqualTo(Category.CRISIS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "can I talk to a real person please | human",
        "I'd like to chat with a volunteer | human",
        "where can I find a support group for carers | services",
        "what's the number for the diabetes helpline | services",
        "right, I'm off to bed, night night | goodbye",
        "thanks, that's all for now | goodbye",
        "hello | sharing",
        "I've had a really long day | sharing",
    })
    void everyOtherCategory(String text, String category) {
        assertThat(t(text).category()).as("%s -> %s", text, t(text).rules()).isEqualTo(Category.fromId(category));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"I feel so alone lately | lonely", "honestly I'm terrified | scared",
        "I feel so guilty about it | guilty", "I'm proud of myself today | proud"})
    void feelingsAreNamed(String text, String feeling) {
        assertThat(t(text).feelings()).as(text).contains(feeling);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi", "Hello!", "hey there"})
    void greetingsAreMarked(String text) {
        assertThat(t(text).signals()).contains(Signal.GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"are you a bot?", "am I talking to a real person"})
    void askingIfItIsABotIsMarked(String text) {
        assertThat(t(text).signals()).contains(Signal.ASKS_IF_BOT);
        assertThat(t(text).category()).isEqualTo(Category.SHARING);
    }

    @org.junit.jupiter.api.Test
    void crisisInsideLongNoiseIsStillCaught() {
        String noise = "the weather was grey and the bus was late again. ".repeat(200);
        assertThat(t(noise + "I want to kill myself. " + noise).category()).isEqualTo(Category.CRISIS);
    }
}
