package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/**
 * Safety regression suite: every example in the safety requirements and the triage issue, plus our own phrasings of each kind of
 * message (none copied from the evaluation sets). A failure here is a safety bug, not a tuning detail.
 */
class TriageSafetyTest {
    private final Triage triage = TestRules.triage();

    private TriageResult t(String text) {
        return triage.classify(text);
    }

    // ---------------------------------------------------------------- crisis: self harm

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm going to kill myself",
            "i want to die",
            "honestly i just wanna die",
            "kms",
            "kms fr",
            "I'm thinking of unaliving myself",
            "thinking about sewerslide again",
            "im so sucidal right now",
            "I feel suicidel",
            "I can't go on like this any more",
            "there's no point in living",
            "everyone would be better off without me",
            "I'm such a burden to my family",
            "I don't want to wake up tomorrow",
            "I wish I was dead",
            "I wish I'd never been born",
            "nobody would even notice if I was gone",
            "I've written letters to my kids for when I'm gone",
            "I've been giving my things away to friends this week",
            "this is my last message, goodbye everyone",
            "I cut myself again last night",
            "the urge to self harm is really strong today",
            "I keep scratching my arms until they bleed",
            "I want to disappear forever",
            "I've got my pills ready",
            "I've been saving up my tablets for weeks",
            "I saved up my insulin",
            "bought a rope today",
            "I'm stood on the bridge",
            "going to step in front of a train",
            "800mg",
            "I'm so tired of living",
            "I'm done with life",
            "I can't see any future for me",
            "I want to end it all",
            "I want it all to end",
            "life isn't worth living any more",
            "i dont want to be here anymore",
            "I'm dyinggg inside and I want it to stop forever",
            "💊💊💊 tonight",
            "🪢",
            "I took a whole box of paracetamol",
            // self-harm described rather than named, and words that can only mean self-harm
            "the main way I self harm is scratching, and I tell people stories about a cat to explain the marks",
            "sometimes I picture flaying my own skin off",
            "I swap the emotional pain for physical pain because I can handle that",
            "I use physical pain to block out what I feel inside",
            "I take it out on myself and I like seeing the marks after",
            "hit beans again last night",
            "I cut for years and then I switched to burning",
            "my wrists sting from scratching them so hard",
            "I stare at the kitchen knife and think about gutting myself",
            "honestly I can't see the point in living any more",
            "I've said my goodbyes to everyone",
            "dunno how much longer I can hold on",
            "thinking about driving my car into a tree on the way home",
            "nobody cares whether I live or die",
            "relapsed last night and cut, it's bad",
            "what's the point of me anymore",
            "I'll be gone by the morning",
            "I'd rather die than live like this",
    })
    void selfHarmIsCrisis(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text + " -> " + r).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I've taken 30 of my sertraline",
            "I just swallowed all my sleeping pills",
            "i have taken an overdose",
            "I injected all my insulin on purpose",
            "pills are next to me and I'm doing it tonight",
            "I'm going to jump off the bridge tonight, I've decided",
            "I'm standing on the edge of the roof",
    })
    void takenOrPlanWithMeansAndTimeIsImmediateDanger(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.has(Signal.IMMEDIATE_DANGER)).as(text + " -> " + r).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "asking for a friend, how many paracetamol is too many",
            "it's for a story, what's a lethal dose of insulin",
            "how much sertraline would kill someone",
            "what's the most painless way to die",
            "quickest way to end it?",
            "which pills would let me overdose fastest",
            "hypothetically how many tablets would be fatal",
            "for my novel: the easiest way for a character to kill herself",
            "how do people hang themselves",
            "how long does it take to bleed out",
            "how many sleeping tablets would it take, just wondering",
            "how much insulin does it take?",
    })
    void methodLethalityAndDoseSeekingIsCrisisWhateverTheFraming(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.has(Signal.METHOD_SEEKING)).as(text + " -> " + r).isTrue();
    }

    @Test
    void doseQuestionWithDistressIsCrisis() {
        TriageResult r = t("how many of my tablets would it take to not wake up, I can't do this anymore");
        assertThat(r.category()).isEqualTo(Category.CRISIS);
        assertThat(r.has(Signal.METHOD_SEEKING)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my friend says she wants to die",
            "my son keeps talking about killing himself",
            "I think my sister is self harming",
            "my mate told me he's going to end his life",
            "I'm scared my brother is going to do something stupid",
    })
    void worryAboutSomeoneElseIsCrisisAboutSomeoneElse(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.has(Signal.ABOUT_SOMEONE_ELSE)).as(text + " -> " + r).isTrue();
    }

    // ---------------------------------------------------------------- crisis: medical emergency

    @ParameterizedTest
    @ValueSource(strings = {
            "my sugar is 2.1 and I'm really confused",
            "having a bad hypo and cant get up off the floor",
            "reading says 27 and I keep being sick",
            "ketones are 3.8 and I'm throwing up",
            "crushing pain in my chest and my left arm is numb",
            "my mum's face has dropped on one side and she can't lift her arm",
            "my husband collapsed and won't wake up",
            "my dad is unresponsive",
            "his seizure won't stop, it's been 6 minutes",
            "there's so much blood and it won't stop bleeding",
            "I took too many of my heart tablets by mistake and feel really dizzy",
            "my toddler swallowed some of my tablets",
            "her lips are going blue",
            "I can't breathe and my throat is swelling after eating nuts",
            "hypo again and I'm so confused I can't think",
            "she's gone low and isn't making sense",
            "bg 31 and I've been sick three times and I'm breathing really fast",
            "my chest feels really tight and I'm sweating",
    })
    void medicalEmergencyIsImmediateDanger(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text + " -> " + r).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
        assertThat(r.has(Signal.IMMEDIATE_DANGER)).as(text + " -> " + r).isTrue();
    }

    // ---------------------------------------------------------------- crisis: harm to others, abuse

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm going to stab him when he gets home",
            "I swear I will kill my landlord",
            "I keep having thoughts about hurting my baby",
            "I'm scared I'll smother my newborn",
            "how do I poison my husband without anyone knowing",
            "best way to hurt someone without leaving marks",
            "I keep picturing drowning my daughter in the bath and it scares me",
            "he'll pay for what he did, I've got a knife in my bag",
            "I could honestly strangle her, I'm not joking",
    })
    void harmToOthersIsCrisis(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text + " -> " + r).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm being forced to have sex and I'm only 12",
            "my partner hits me when he's drunk",
            "my boyfriend took my phone and won't let me see my family",
            "my son takes my pension every week and I'm scared of him",
            "my husband has hidden my insulin",
            "my mum's boyfriend touches me and says not to tell anyone",
            "a man online keeps asking me to send pictures, I'm 13",
            "I don't feel safe at home",
            "he threatened to kill me if I leave",
            "my stepdad comes into my room at night when mum's asleep",
    })
    void abuseAndSafeguardingIsCrisisAbuse(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text + " -> " + r).isEqualTo(CrisisKind.ABUSE);
    }

    @Test
    void bbc2018MessagesAreSafeguardingWithChildline() {
        TriageResult r = t("I'm being forced to have sex and I'm only 12");
        assertThat(r.kind()).isEqualTo(CrisisKind.ABUSE);
        assertThat(r.has(Signal.YOUNG_PERSON)).isTrue();
        TriageResult school = t("an older guy at my school sends me messages and says keep it secret");
        assertThat(school.kind()).isEqualTo(CrisisKind.ABUSE);
        assertThat(school.has(Signal.YOUNG_PERSON)).isTrue();
    }

    // ---------------------------------------------------------------- not crisis: negation, idiom, past, fiction, jokes

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm not suicidal, just fed up",
            "I'm not going to hurt myself, I just need to rant",
            "don't worry I'd never kill myself",
            "I don't want to die, I just want things to get easier",
    })
    void denialIsNotCrisisButFlagged(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isNotEqualTo(Category.CRISIS);
        assertThat(r.has(Signal.DENIAL)).as(text + " -> " + r).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my feet are killing me",
            "these new shoes are killing me",
            "I could murder a tea",
            "I could murder a bacon sandwich right now",
            "dying for a holiday",
            "I'm dying to see the grandkids",
            "killed it at the gym today",
            "we absolutely smashed it at the quiz",
            "that's a killer of a question",
            "my phone is dead",
            "I'm dead tired after work",
            "how many paracetamol does it take to shift a headache?",
            "my back is killing me today",
            "I nearly died laughing",
            "years ago I used to self-harm",
            "I self harmed as a teenager but I've been clean for ten years",
            "I had suicidal thoughts a long time ago, I'm in a much better place now",
            "watched a documentary about suicide last night",
            "I'm reading a novel where the main character overdoses",
            "we had suicide prevention training at work",
            "my friend joked he'd kill his boss",
            "my wife said she'd kill me if I forgot the bins, haha",
            "how do I kill a stuck program on my laptop",
            "what's the best way to kill weeds on the patio",
            "my husband could kill me for spending so much",
            "I'm starving, what's for tea?",
            "absolutely starving after that long walk",
            "we did a big purge of the wardrobe at the weekend",
            "the documentary went deeper into the story than I expected",
            "said my goodbyes to mum at the hospice last week",
            "not sure how long I can keep doing this job, it's exhausting",
            "my cat comes into my room at night and I hate it",
            "I'll get him back for that prank, I know where he keeps his cricket bat",
            "I'd rather die than go back to that job",
            "I want to disappear under my duvet all weekend",
            "I'll be gone by morning, early flight to Malaga",
            "my dad is going to do something stupid with the car engine again",
            "I could murder a curry, no joke",
            "bringing a knife to the picnic to cut the cake",
    })
    void idiomsPastFictionAndJokesAreNotCrisis(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isNotEqualTo(Category.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I keep telling everyone I don't want to die. But tonight I want to die.",
            "Years ago I used to cut, that was a dark time. These days it's different. Last night I cut myself again",
            "we watched a film about suicide in class and it was upsetting. I've got the tablets saved up at home and I'm ready",
    })
    void aLaterDisclosureIsFoundWhenAnEarlierMentionIsExcused(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
    }

    @Test
    void pastButStartedAgainIsCrisis() {
        assertThat(t("I used to self harm years ago and I started again this week").category())
                .isEqualTo(Category.CRISIS);
    }

    // ---------------------------------------------------------------- coded, misspelt, emoji, noise

    @ParameterizedTest
    @ValueSource(strings = {
            "K M S",
            "kmsss",
            "I want to k*ll myself",
            "i wnt to diee",
            "I want to d\u200Bie",
            "I WANT TO DIE!!!!!!",
            "i want to dieeeeee",
            "Ｉ ｗａｎｔ ｔｏ ｄｉｅ",
            "I want to díé",
            "going to ⚰️ tonight",
            "\u202EI want to die\u202C",
    })
    void codedAndObfuscatedRiskIsStillCrisis(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
    }

    @Test
    void crisisPhraseInsideLongNoiseIsFound() {
        String noise = "the weather was fine and we went to the shops and had a chat about nothing much. ".repeat(300);
        TriageResult r = t(noise + "honestly I want to kill myself. " + noise);
        assertThat(r.category()).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
    }

    // ---------------------------------------------------------------- clinical

    @ParameterizedTest
    @ValueSource(strings = {
            "should I come off my citalopram?",
            "can I stop taking my statins if I feel fine",
            "is it ok to double my gabapentin",
            "should I up my basal insulin",
            "my reading was 14 this morning, is that bad?",
            "what does an hba1c of 60 mean",
            "do you think I've got diabetes",
            "could this rash be shingles",
    })
    void changesReadingsAndDiagnosisAreClinicalForTheGp(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CLINICAL);
        assertThat(r.has(Signal.CHANGE_OR_DIAGNOSIS)).as(text + " -> " + r).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "can I take ibuprofen with my ramipril",
            "does metformin give you diarrhoea",
            "what are the side effects of amitriptyline",
            "how much paracetamol can I have in a day",
            "I missed my morning dose, what now?",
            "is it safe to drink alcohol on antibiotics",
    })
    void medicineQuestionsAreClinicalForThePharmacist(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CLINICAL);
        assertThat(r.has(Signal.MEDICINE_QUESTION)).as(text + " -> " + r).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I've had a temperature and been sick for three days, what should I do?",
            "my foot ulcer is red and hot and spreading, should I be worried",
    })
    void urgentSymptomsAreClinicalFor111(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CLINICAL);
        assertThat(r.has(Signal.URGENT_SYMPTOM)).as(text + " -> " + r).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what causes psoriasis",
            "is hepatitis B contagious",
            "what is the treatment for gout",
            "how is coeliac disease diagnosed?",
            "is there a cure for type 1",
            // requests in the forms people write to a health site, and medicines named rather than described
            "my eczema has come back on my hands, please suggest a cream",
            "kindly guide me on the right medicine for my son's nail infection",
            "I would appreciate any suggestions for shingles on my back",
            "is 20 mg of citalopram the same as 10 mg twice a day?",
            "are the long term effects of tramadol reversible?",
            "can I put savlon on a blister?",
            "I have a stiff neck that will not go away",
            "I've been having a tingling in my left hand since Tuesday",
            "I wonder if my tinnitus could be caused by the new tablets",
            "can I crush my tablets and put them in yoghurt?",
            "my libre says 15 before bed, what should I do",
    })
    void broadHealthQuestionsAreClinical(String text) {
        assertThat(t(text).category()).as(text).isEqualTo(Category.CLINICAL);
    }

    @Test
    void aSymptomToldIsAReportAndAQuestionIsNot() {
        TriageResult told = t("I have a stiff neck that will not go away");
        TriageResult asked = t("my neck has been stiff for a week, should I see my GP?");

        assertThat(told.category()).isEqualTo(Category.CLINICAL);
        assertThat(told.has(Signal.SYMPTOM_REPORT)).as(told.toString()).isTrue();
        assertThat(asked.category()).isEqualTo(Category.CLINICAL);
        assertThat(asked.has(Signal.CHANGE_OR_DIAGNOSIS)).as(asked.toString()).isTrue();
    }

    // ---------------------------------------------------------------- human, services, goodbye, sharing

    @ParameterizedTest
    @ValueSource(strings = {
            "can I speak to a real person",
            "I'd like to chat with a volunteer please",
            "is there anyone real I can talk to",
            "I need to talk to someone who's been through cancer",
            "can someone ring me",
            "get me a real person",
            "is anybody about to talk?",
            "could a peer supporter phone me",
    })
    void asksForAPersonIsHuman(String text) {
        assertThat(t(text).category()).as(text + " -> " + t(text)).isEqualTo(Category.HUMAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what's the Samaritans number",
            "are there any support groups near me",
            "where can I get help with my benefits",
            "who can I call at the weekend",
            "is there a helpline for carers",
            "how do I refer myself for counselling",
            "can you send me some numbers for mental health support",
    })
    void whereToGetHelpIsServices(String text) {
        assertThat(t(text).category()).as(text + " -> " + t(text)).isEqualTo(Category.SERVICES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bye", "ok thanks bye", "that's all, thank you", "got to go now", "goodnight x",
            "Thanks so much, I'm off to bed now", "cheers, speak soon", "I'm off to bed, speak tomorrow",
            "gotta go, the kids are home"})
    void goodbyes(String text) {
        assertThat(t(text).category()).as(text + " -> " + t(text)).isEqualTo(Category.GOODBYE);
    }

    @Test
    void thanksIsSignalled() {
        assertThat(t("thanks, bye").has(Signal.THANKS)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi", "hello", "Hey there!", "good evening"})
    void greetingsAreSharingWithGreeting(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).isEqualTo(Category.SHARING);
        assertThat(r.has(Signal.GREETING)).as(text + " -> " + r).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"are you a bot?", "r u real", "am I talking to a human", "is this a real person?"})
    void asksIfBot(String text) {
        TriageResult r = t(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.SHARING);
        assertThat(r.has(Signal.ASKS_IF_BOT)).as(text + " -> " + r).isTrue();
    }

    @Test
    void higherCategoryWinsOverAsksIfBot() {
        TriageResult r = t("are you a bot? I want to die");
        assertThat(r.category()).isEqualTo(Category.CRISIS);
        assertThat(r.has(Signal.ASKS_IF_BOT)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I've had a rubbish day at work",
            "I got my diagnosis last month and I'm still taking it in",
            "my husband doesn't understand how tired I get",
            "I managed a walk round the park today",
            "living with diabetes is hard",
            "went to my support group last week, it was nice",
            "the nurse was lovely at my check up",
            "I'm fed up with injections",
            "my grandson made me a card",
            "I hate my job",
            "I don't know what to do, I feel so alone since my wife died",
            "my sister suggested a spa day and it really helped",
            "please don't leave, I don't want to be on my own tonight",
            "I'm learning how to cook again after the stroke rehab finished",
            "I wonder why I even bother some days",
            "I read a magazine in the waiting room",
            "the fatigue is the worst bit of long covid",
            "had my chemo today, feeling rough but the nurses were lovely",
    })
    void everydaySharingStaysSharing(String text) {
        assertThat(t(text).category()).as(text + " -> " + t(text)).isEqualTo(Category.SHARING);
    }

    // ---------------------------------------------------------------- feelings

    @Test
    void namesFeelings() {
        assertThat(t("I feel so lonely and scared").feelings()).contains("lonely", "scared");
        assertThat(t("I'm exhausted and overwhelmed").feelings()).contains("tired", "overwhelmed");
        assertThat(t("really proud of myself, and hopeful").feelings()).contains("proud", "hopeful");
        assertThat(t("I feel guilty and ashamed").feelings()).contains("guilty", "ashamed");
        assertThat(t("so angry and frustrated").feelings()).contains("angry", "frustrated");
        assertThat(t("I'm anxious and sad").feelings()).contains("anxious", "sad");
        assertThat(t("relieved it's over").feelings()).contains("relieved");
        assertThat(t("I just feel numb").feelings()).contains("numb");
        assertThat(t("I'm not lonely").feelings()).doesNotContain("lonely");
    }

    // ---------------------------------------------------------------- robustness and concurrency

    @Test
    void neverThrowsOnHostileInput() {
        List<String> inputs = new ArrayList<>();
        inputs.add(null);
        inputs.add("");
        inputs.add("   ");
        inputs.add("a".repeat(100_000));
        inputs.add("I want to die ".repeat(8_000));
        inputs.add("\u0000\u0001\u0007\u001B[31m\u007F");
        inputs.add("مرحبا أريد أن أموت \u202E\u2067");
        inputs.add("Z̷̢̛̩̝͓̙̈́̀͂a̸̧̛̗̫̓͊l̶̡̯̈́g̶̣̈o̵̮͝ ̸h̵e̷ ̶c̶o̷m̵e̶s̷");
        inputs.add("😀😃😄😁😆😅🤣😂🙂🙃😉😊😇🥰😍🤩😘".repeat(500));
        inputs.add("\uD800\uDC00\uD800 lone surrogates \uDFFF");
        inputs.add("((((([[[[[|||||***~~~~^^^^$$$$");
        inputs.add("1".repeat(50_000));
        inputs.add(".".repeat(20_000) + "?".repeat(20_000));
        for (String in : inputs) {
            TriageResult r = triage.classify(in);
            assertThat(r).isNotNull();
            assertThat(r.rules()).doesNotContain("triage.error");
        }
        assertThat(triage.classify(null).category()).isEqualTo(Category.SHARING);
    }

    @Test
    void isThreadSafe() throws Exception {
        List<String> texts = List.of("I want to die", "can I take ibuprofen with my ramipril", "bye", "hi",
                "my feet are killing me", "I need a human", "is there a helpline for carers",
                "my friend says she wants to die", "my partner hits me");
        List<TriageResult> expected = texts.stream().map(triage::classify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int n = 0; n < 8; n++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int k = i % texts.size();
                        if (!triage.classify(texts.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
