package org.peerbot.app.converse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped conversation suite (config/src/main/resources/conversations) through the real engine: every turn's
 * checks and the whole-conversation checks pass. The failure message is converse-eval's own report.
 */
class ConversationSuiteTest {

    /** As the bot runs (the semantic layer beside the rules), and on the rules alone (if the model cannot load). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void everyScriptedConversationIsListenedToAsAPeerListenerWould(boolean model) throws java.io.IOException {
        List<Scenario> suite = ConverseEval.shipped();
        assertThat(suite).hasSizeGreaterThanOrEqualTo(60);
        ConverseEval.Report report = ConverseEval.evaluate(suite, model);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        // -Dtranscripts=FILE writes every conversation there, for reading by eye.
        String transcripts = System.getProperty("transcripts");
        ConverseEval.print(report, transcripts != null, new PrintStream(text, true, StandardCharsets.UTF_8));
        if (transcripts != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(transcripts), text.toString(StandardCharsets.UTF_8));
        }
        assertThat(report.passed()).as(text.toString(StandardCharsets.UTF_8)).isEqualTo(suite.size());
        assertThat(report.questionShare()).isLessThanOrEqualTo(Checks.MAX_QUESTIONS);
        assertThat(report.doses()).isZero();
        assertThat(report.directive()).isZero();
    }

    /**
     * A second suite, written by another author against the old engine before the planner existed
     * (config/src/test/resources/conversations-independent). It is not tuned to pass: the floor only stops the
     * share that passes from falling. docs/conversation.md gives the figures and what still fails.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void theIndependentSuiteDoesNotFallBelowItsFloor(boolean model) throws java.io.IOException,
            java.net.URISyntaxException {
        java.nio.file.Path dir = java.nio.file.Path.of(getClass().getClassLoader()
                .getResource("conversations-independent").toURI());
        ConverseEval.Report report = ConverseEval.evaluate(ConverseEval.fromPaths(List.of(dir.toString())), model);
        assertThat(report.outcomes()).hasSize(112);
        assertThat(report.passed()).isGreaterThanOrEqualTo(model ? INDEPENDENT_FLOOR_WITH_MODEL : INDEPENDENT_FLOOR);
        assertThat(report.questionShare()).isLessThanOrEqualTo(QUESTION_AIM);
        assertThat(report.doses()).isZero();
        assertThat(report.directive()).isZero();
    }

    /** Scenarios of the independent suite that pass at this commit; raise it when more do, never lower it. */
    static final int INDEPENDENT_FLOOR = 104;
    static final int INDEPENDENT_FLOOR_WITH_MODEL = 104;

    /**
     * The share of replies that may end in a question on the held-out suites: a listener reflects about twice as
     * often as they ask (docs/conversation.md). Session 6 brought it from 0.41 to 0.23 or less on each.
     */
    static final double QUESTION_AIM = 0.35;

    /**
     * The held-out suites, each written blind before the planner was changed and never tuned to afterwards: a row's
     * floors only stop the share that passes from falling, and the question share, doses and directive phrasing are
     * held as for the shipped suite. Columns: suite, scenarios, floor on the rules alone, floor with the model
     * (scenarios that passed when the row was last raised; never lower them). Above each row, the suite's story.
     * Until session 28 each suite had a method and two constants of its own; they were near copies.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            # A third suite, written blind before the planner was changed in session 5 (79 scenarios,
            # config/src/test/resources/conversations-blind): 43 passed on the code it was written against, both ways.
            # Not tuned to pass either: the floor only stops the share that passes from falling, and the question share,
            # doses and directive phrasing are held as for the shipped suite.
            conversations-blind, 79, 78, 78
            # A fourth suite, written blind in session 6 before the planner was changed (98 scenarios,
            # config/src/test/resources/conversations-blind-2): bereavement told many ways, good and mixed news,
            # goodbyes said and implied, thanks, venting, playing down, short replies, questions to the bot, asking for
            # a person or a service in ordinary words, clinical questions, long posts, other languages, emoji alone and
            # passive wishes. 48 passed on the code it was written against (46 on the rules alone). Its checks were not
            # changed after that first run; the floor only stops the share that passes from falling.
            conversations-blind-2, 98, 85, 86
            # A fifth suite, written blind in session 7 before the planner was changed (61 scenarios,
            # config/src/test/resources/conversations-blind-3): good news in slang ("I'm in!!", "PASSED"), the habits of
            # grief, posts about another person, possessives ("my mate's wedding"), anger words used as feelings, mixed
            # news, venting, goodbyes, questions to the bot and odd messages. 34 passed on the code it was written
            # against (33 with the model). Its checks were not changed after that first run; the floor only stops the
            # share that passes from falling.
            conversations-blind-3, 61, 55, 55
            # A sixth suite, written blind in session 8 before the planner was read (56 scenarios,
            # config/src/test/resources/conversations-blind-4): family news told lightly ("gonna be an auntie"), a worry
            # among side details ("my knee's swollen and I can't get out with the dog"), loss told many ways, venting
            # and long posts, leaving and coming back, one-word replies, thanks, questions to the bot and mixed news. 35
            # passed on the code it was written against (35 with the model); after its good-news checks were given one
            # full list of warm words (they had named it only in part), 37. Its checks were not tuned to the code
            # otherwise; the floor only stops the share that passes from falling.
            conversations-blind-4, 56, 55, 55
            # A seventh suite, written blind in session 9 before the planner, its word lists or its catalogue were read
            # (69 scenarios, config/src/test/resources/conversations-blind-5): the size of a feeling ("bit nervous about
            # monday" is not met as "that sounds tough"), loss told without the word ("he's gone", "not with us
            # anymore") and old losses told calmly, good news inside thanks or a complaint, one-word answers,
            # corrections, venting, greetings and goodbyes, mixed feelings and many voices. 39 passed on the code it was
            # written against (39 with the model). Its checks were not changed after that first run; the floor only
            # stops the share that passes from falling.
            conversations-blind-5, 69, 58, 58
            # An eighth suite, written blind in session 11 before the planner's session-11 changes were read (59
            # scenarios, config/src/test/resources/conversations-blind-6): corrections, mixed feelings, venting about a
            # person or a service, a bad thing with a good outcome, losses told indirectly, good news told sideways,
            # humour and one-word replies, greetings and goodbyes in many voices, long rambling posts, questions to the
            # bot, and risk with its near misses. On main's code when it was committed, 20 passed (19 with the model);
            # on the listening branch's code then, 21 (20); 23 (22) at the end of session 11. Its checks were not
            # changed; the floor only stops the share that passes from falling.
            conversations-blind-6, 59, 30, 31
            # A ninth suite, written blind in session 13 by a helper who read nothing of the planner, its word lists or
            # its catalogue (60 scenarios, config/src/test/resources/conversations-blind-7): someone else's good news
            # that hurts, relief inside a moan, messages with no subject, grief told late or sideways, small good news,
            # goodbyes and thanks, asking for medicine advice, passive risk and idioms, wanting a person or a service,
            # and anger at services. First run on main at the start of session 14: 14 passed (13 with the model); 17
            # (16) at its end. Its checks were not changed; the floor only stops the share that passes from falling.
            conversations-blind-7, 60, 20, 20
            # A tenth suite, written blind in session 15 by two helpers who read nothing of the planner, its word lists
            # or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-8): mixed feelings about a
            # diagnosis, carers, first messages, dark humour, a change of topic, shame and stigma, questions about the
            # bot, risk told late, loneliness and odd messages. First run on main in session 15 before any listening
            # change for it: 10 passed (9 on the rules alone). Its checks were not changed; the floor only stops the
            # share that passes from falling.
            # 15 (15) after session 32.
            conversations-blind-8, 60, 15, 15
            # An eleventh suite, written blind in session 16 by two helpers who read nothing of the planner, its word
            # lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-9): good and bad news
            # together, someone else's news, a loss carried through ordinary talk, side effects told rather than asked,
            # thanks and goodbyes, night-time, anger at services, dark-sounding worry that is not a crisis, asking for a
            # person or a service in ordinary words, and small wins. Its checks are strict (several groups of words a
            # turn). First run on main at the start of session 16 before any change for it: 3 passed (3 on the rules
            # alone); 7 (6) at its end. Its checks were not changed; the floor only stops the share that passes from
            # falling.
            conversations-blind-9, 60, 12, 12
            # A twelfth suite, written blind in session 17 by two helpers who read nothing of the planner, its word
            # lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-10): jokes and sarcasm
            # about the condition, mixed feelings in one message, a person named with their relation, anger at what
            # someone did or said, short replies mid-conversation, a side effect told then asked about, a first message
            # from someone unsure, ordinary talk then risk (some hidden in a joke), carers worn out, and endings. Its
            # checks are strict (several groups of words a turn, 1,139 checks in all). First run on main at the start of
            # session 17 before any change for it: 2 passed (2 on the rules alone), 971 of 1,139 turn checks; 4 (4) and
            # 997 at its end; 5 (5) in session 20. Its checks were not changed; the floor only stops the share that
            # passes from falling.
            conversations-blind-10, 60, 7, 7
            # A thirteenth suite, written blind in session 18 by two helpers who read nothing of the planner, its word
            # lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-11): good news played
            # down, someone else's moment, two feelings tied by a worry, losses that are not a death, questions to the
            # bot mid-conversation, sarcasm that carries bad news, long rambles, ordinary talk then risk said politely
            # or passively, apologies and self-blame, and endings. Its checks are strict (1,241 turn checks). First run
            # on main at the start of session 18 before any change for it: 3 passed (3 on the rules alone), 1,088 of
            # 1,241 turn checks; 4 (4) and 1,110 at its end; 5 (5) and 1,116 at the end of session 19 (a sixth had
            # passed on "Oh, that's lovely: you start yours in March", said to a member whose friend had finished
            # radiotherapy; that reply was mended, not kept for the floor). Its checks were not changed; the floor only
            # stops the share that passes from falling.
            conversations-blind-11, 60, 5, 5
            # A fourteenth suite, written blind in session 19 by two helpers who read nothing of the planner, its word
            # lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-12): a new member's
            # first shy messages, anger at services or people, fear before an appointment or a result, anniversaries
            # with mixed feelings, loneliness, a clinical question mid-conversation, weariness of the condition,
            # choosing how to be supported (a person asked for indirectly, or no one wanted), humour and banter with one
            # serious line, and carers worn out. Its checks are strict (1,376 turn checks). First run on main at the
            # start of session 19 before any change for it: 12 passed (12 on the rules alone), 1,260 of 1,376 turn
            # checks; 15 (14) and 1,273 at its end. Its checks were not changed; the floor only stops the share that
            # passes from falling.
            conversations-blind-12, 60, 17, 18
            # A fifteenth suite, written blind in session 20 by two helpers who read nothing of the planner, its word
            # lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-13): grief told in
            # passing, good news played down, leaving and coming back, shame and guilt, young members in text-speak,
            # questions to the bot (who reads this, can you remember me), setbacks after progress, endings of treatment,
            # a person or a service asked for in ordinary words, and low and hopeless messages not in danger now. First
            # run on main at the start of session 20 before any change for it: 9 passed (9 on the rules alone), 844 of
            # 956 turn checks; 14 (13) and 867 at its end. Its checks were not changed; the floor only stops the share
            # that passes from falling.
            conversations-blind-13, 60, 15, 16
            # A sixteenth suite, written blind in session 21 by two helpers who read nothing of the planner, its word
            # lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-14): Christmas and the
            # holidays, anger at services, short flat replies, mixed news, fear of letting people down, asking the bot
            # what to do about a life decision, the small detail that matters, worry about someone else, humour and dark
            # jokes, and carers at the end of their rope. First run on main at the start of session 21 before any
            # change: 4 passed (4 on the rules alone), 1,017 of 1,175 turn checks (1,020); 4 (4) and 1,046 (1,047) at
            # its end; 5 (5) and 1,051 (1,052) in session 22. Its checks were not changed; the floor only stops the
            # share that passes from falling.
            conversations-blind-14, 60, 9, 9
            # A seventeenth suite, written blind in session 22 by two helpers who read nothing of the planner, its word
            # lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-15): work and money
            # worries from illness, changes to the body, relationships strained by illness, nervous first messages,
            # pride in small steps, loneliness, fear before a scan or an operation, coming back after a bad night,
            # anniversaries, and long rambling posts with the feeling in one sentence. First run on main at the start of
            # session 22 before any change: 6 passed (6 on the rules alone), 861 of 954 turn checks (862); 18 (18) and
            # 884 (885) at its end; 19 (19) and 887 (886) at the end of session 23. Its checks were not changed; the
            # floor only stops the share that passes from falling.
            conversations-blind-15, 60, 20, 19
            # An eighteenth suite, written blind in session 23 by two helpers who read nothing of the planner, its word
            # lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-16): who am I now,
            # unwanted advice from others, guilt about a lapse, hope and plans, faith and "why me", tiredness as a
            # symptom, losing a pet, caring from a distance, praise for someone else, and news told in bursts over
            # several short turns. First run on main at the start of session 23 before any change: 9 passed (10 on the
            # rules alone), 973 of 1,082 turn checks (975); 16 (16) and 1,005 (1,004) at its end. Its checks were not
            # changed; the floor only stops the share that passes from falling.
            conversations-blind-16, 60, 19, 19
            # A nineteenth suite, written blind in session 24 by two helpers who read nothing of the planner, its word
            # lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-17): nights and
            # sleeplessness, the day of a diagnosis, invisible illness, apologising for taking up space, envy of others'
            # milestones, fear of a treatment, thanks at the end of a good chat, light small talk, worry about the
            # future, and anger at one's own body. First run on main at the start of session 24 before any change: 8
            # passed (8 on the rules alone), 1,038 of 1,158 turn checks (1,038); 13 (13) and 1,063 (1,063) at its end;
            # 14 (14) and 1,064 (1,064) after session 25; 15 (15) after session 30, when a carer's thanks and "off to
            # bed" was heard as a goodbye. Its checks were not changed; the floor only stops the share that passes from
            # falling.
            # 16 (16) after session 32.
            conversations-blind-17, 60, 16, 16
            # A twentieth suite, written blind in session 25 by two helpers who read nothing of the planner, its word
            # lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-18): regret and "if
            # only", losing independence and asking for help, relief and mixed feelings, overwhelm, comparing themselves
            # to others, telling others about a condition, numbness, milestones of getting through, pushing back on the
            # bot, and boredom at home. First run on main at the start of session 25 before any change: 1 passed (1 on
            # the rules alone), 1,221 of 1,390 turn checks (1,222), with one reply that gave "my mum says I should be
            # grateful" back as "you should"; 6 (6) and 1,259 (1,259) at its end. Its checks were not changed; the floor
            # only stops the share that passes from falling.
            conversations-blind-18, 60, 8, 8
            # A twenty-first suite, written blind in session 26 by two helpers who read nothing of the planner, its word
            # lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-19): news about
            # someone else, being a parent while ill, waiting and not knowing, firsts after a death, mixed feelings
            # about a person, stigma, recovery from drink, drugs or gambling with a craving but no danger, a mood that
            # turns inside a conversation, messages in another language, and asking the bot for things it cannot do.
            # First run on main at the start of session 26 before any change: 3 passed (3 on the rules alone), 1,073 of
            # 1,211 turn checks (1,073); 5 (5) and 1,098 (1,100) at its end. Its checks are not changed; the floor only
            # stops the share that passes from falling.
            conversations-blind-19, 60, 9, 9
            # A twenty-second suite, written blind in session 27 by two helpers who read nothing of the planner, its
            # word lists or its catalogue (60 scenarios, config/src/test/resources/conversations-blind-20): a hospital
            # stay told from the ward, appointments that went well or badly, caring for an ageing parent while ill, big
            # life changes forced by illness, anger at a person, frights that are over, a pain or symptom flare today,
            # friendship, a conversation that refers back, and plain practical questions the bot can answer. First run
            # on main at the start of session 27 before any change: 5 passed (5 on the rules alone), 967 of 1,095 turn
            # checks (971); 12 (12) and 1,001 (1,001) at its end. Its checks are not changed; the floor only stops the
            # share that passes from falling.
            conversations-blind-20, 60, 12, 12
            # A twenty-third suite, written blind in session 28 by two helpers who read no code or catalogue (60 scenarios,
            # config/src/test/resources/conversations-blind-21): brain fog and memory changes, plans that fall through,
            # food and eating with a condition, members back after months away, grief for a lost future, triggers and
            # flashbacks of a medical trauma, the group itself, travel and days out, the end of a caring role, and odd
            # messages (other languages, emoji alone, a pasted letter, capitals). 1 passed on the code it was written
            # against, both ways (1,066 of 1,203 checks with the model, 1,065 on the rules alone).
            conversations-blind-21, 60, 9, 9
            # A twenty-fourth suite, written blind in session 29 by two helpers who read no code or catalogue (60
            # scenarios, config/src/test/resources/conversations-blind-22): frightened by something read online,
            # kindness from strangers or staff, feeling a burden with no danger, dating and intimacy with a condition,
            # benefit assessments and forms, getting moving again, stopping treatment and end-of-life choices, family
            # rifts and siblings, late-night messages after a drink, and health workers who are now patients. First run
            # on main at the start of session 29 before any change: 4 passed with the model (1,218 of 1,375 checks), 5
            # on the rules alone (1,218); 7 (8) and 1,250 (1,250) at its end.
            conversations-blind-22, 60, 8, 7
            # A twenty-fifth suite, written blind in session 30 by two helpers who read no code or catalogue (60
            # scenarios, config/src/test/resources/conversations-blind-23): pets that keep them going, hobbies and
            # things they love, moving into care or downsizing, children and grandchildren asking about the illness,
            # feeling better and scared it won't last, festivals, fasting and faith days, distrust of doctors and second
            # opinions, body image, weight and scars, wanting to give back, and weather, seasons and dark evenings. First
            # run on main at the start of session 30 before any change: 1 passed both ways (1,399 of 1,605 checks with
            # the model, 1,401 on the rules alone).
            conversations-blind-23, 60, 1, 1
            # A twenty-sixth suite, written blind in session 31 by two helpers who read no code or catalogue (60
            # scenarios, config/src/test/resources/conversations-blind-24): happy memories of someone who died,
            # returning to work or study after illness, birthdays and getting older, neighbours and community, new
            # babies and weddings in the family, sport and watching the match, friends who drifted away, secrets and
            # not telling anyone, small pleasures today, and doing something for the first time since diagnosis. First
            # run on main at the start of session 31 before any change: 2 passed both ways (1,287 of 1,465 checks with
            # the model, 1,292 on the rules alone); 3 (3) and 1,315 (1,320) at its end.
            conversations-blind-24, 60, 3, 3
            # A twenty-seventh suite, written blind in session 32 by two helpers who read no code or catalogue (60
            # scenarios, config/src/test/resources/conversations-blind-25): money worries and the cost of living,
            # hospital stays and coming home, caring for a partner with dementia, good news about someone else, waiting
            # for results or appointments, music, books and telly that help, short replies and one-word answers, regrets
            # and forgiving yourself, being more than the illness, and coming back to say how it went. First run on main
            # at the start of session 32 before any change: 2 passed both ways (1,275 of 1,427 checks both ways); 3 at
            # its end (1,295).
            conversations-blind-25, 60, 3, 3
            # A twenty-eighth suite, written blind in session 33 by two helpers who read no code or catalogue (60
            # scenarios, config/src/test/resources/conversations-blind-26): anger at the system or a professional, the
            # first days after a diagnosis, loneliness at weekends and in the evenings, side effects told as a moan,
            # anniversaries of a diagnosis or a death, Christmas and the festive season, humour and banter, members who
            # test the bot, wanting a real person in ordinary words, and sleep and the small hours. First run on main
            # at the start of session 33 before any change: 4 passed both ways (1,364 of 1,534 checks with the model,
            # 1,367 on the rules alone); 4 (4) and 1,390 (1,390) at its end.
            conversations-blind-26, 60, 4, 4
            # A twenty-ninth suite, written blind in session 34 by two helpers who read no code or catalogue (60
            # scenarios, config/src/test/resources/conversations-blind-27): waiting lists and limbo, work and going
            # back, holidays and days out, a partner or family who doesn't get it, people who are terminally ill
            # talking calmly about their own death, typing for someone else, a sick child or grandchild, weather and
            # seasons, telling people about the diagnosis, and small everyday things and changes of topic. First run on
            # main at the start of session 34 before any change: 1 passed both ways (1,308 of 1,540 checks with the
            # model, 1,325 on the rules alone); 2 (2) and 1,340 (1,345) at its end.
            conversations-blind-27, 60, 2, 2
            # A thirtieth suite, written blind in session 35 by two helpers who read no code or catalogue (60
            # scenarios, config/src/test/resources/conversations-blind-28): emoji and one-word reactions, feeling a
            # fraud, the morning after a panic attack or a bad night, losing taste, smell or hearing, cards and
            # surprises, an empty nest, letters full of jargon, prescription and pharmacy moans, a fellow member who
            # died, and passing on messages and asking after members. First run on main at the start of session 35
            # before any change: 0 passed both ways (1,333 of 1,538 checks with the model, 1,334 on the rules alone); 2
            # (2) and 1,358 (1,358) at its end.
            conversations-blind-28, 60, 2, 2
            """)
    void eachBlindSuiteKeepsItsFloors(String suite, int size, int floor, int floorWithModel)
            throws java.io.IOException, java.net.URISyntaxException {
        heldOutSuiteHolds(suite, size, floor, false);
        heldOutSuiteHolds(suite, size, floorWithModel, true);
    }

    /** A held-out suite keeps its size and floor, and the question share, doses and directive phrasing it may have. */
    private void heldOutSuiteHolds(String suite, int size, int floor, boolean model) throws java.io.IOException,
            java.net.URISyntaxException {
        java.nio.file.Path dir = java.nio.file.Path.of(getClass().getClassLoader().getResource(suite).toURI());
        ConverseEval.Report report = ConverseEval.evaluate(ConverseEval.fromPaths(List.of(dir.toString())), model);
        assertThat(report.outcomes()).hasSize(size);
        assertThat(report.passed()).as(suite + (model ? " with the model" : " on the rules alone"))
                .isGreaterThanOrEqualTo(floor);
        assertThat(report.questionShare()).isLessThanOrEqualTo(QUESTION_AIM);
        assertThat(report.doses()).isZero();
        assertThat(report.directive()).isZero();
    }

    /** For measuring on scenarios written elsewhere (-Dconverse.files=DIR, report to -Dtranscripts): never gates. */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "converse.files", matches = ".+")
    void reportOnOtherScenarios() throws java.io.IOException {
        ConverseEval.Report report = ConverseEval.evaluate(ConverseEval.fromPaths(List.of(
                System.getProperty("converse.files"))), !Boolean.getBoolean("converse.rulesOnly"));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ConverseEval.print(report, true, new PrintStream(text, true, StandardCharsets.UTF_8));
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("transcripts", "/tmp/other.txt")),
                text.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scenarioNamesAreUnique() {
        List<String> names = ConverseEval.shipped().stream().map(Scenario::name).toList();
        assertThat(names).doesNotHaveDuplicates();
    }
}
