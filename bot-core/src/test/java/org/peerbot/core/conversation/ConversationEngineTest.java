package org.peerbot.core.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ContentKind;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.Space;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.ScriptedTriage;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.wording.Safety;
import static org.assertj.core.api.Assertions.assertThat;

class ConversationEngineTest {

    private final ScriptedTriage triage = new ScriptedTriage()
            .on("hi", Category.SHARING, Signal.GREETING)
            .on("should I double my insulin?", Category.CLINICAL, Signal.CHANGE_OR_DIAGNOSIS)
            .on("my neck has had a stiff ache since Friday and it will not go away", Category.CLINICAL,
                    Signal.URGENT_SYMPTOM, Signal.SYMPTOM_REPORT)
            .on("bye", Category.GOODBYE)
            .on("where can I get help", Category.SERVICES)
            .on("are you a real person?", Category.SHARING, Signal.ASKS_IF_BOT)
            .feeling("I feel so lonely", "lonely")
            .crisis("I want to end it all", CrisisKind.SELF_HARM)
            .crisis("I've taken all my pills", CrisisKind.SELF_HARM, Signal.IMMEDIATE_DANGER);
    private final Harness h = new Harness(triage);
    private final ConversationRef alex = Harness.member("1001");

    @Test
    void firstContactIsAnHonestIntroductionThenAnOpenDoor() {
        List<String> reply = h.say(alex, "hi");

        assertThat(reply).hasSize(1);
        String text = reply.get(0);
        assertThat(text).contains("I'm a bot").contains("not a doctor").contains("not an emergency service")
                .contains("GP is the first place").contains("/forget");
        assertThat(text.indexOf("I'm a bot")).isLessThan(text.indexOf("?"));
        assertThat(h.say(alex, "hi").get(0)).doesNotContain("I'm a bot, a computer program");
    }

    @Test
    void aCrisisAsTheVeryFirstMessageGetsTheCrisisReplyBeforeTheIntroduction() {
        String text = String.join("\n", h.say(alex, "I want to end it all"));

        assertThat(text).contains("999").contains("116 123").contains("85258");
        assertThat(text.indexOf("999")).isLessThan(text.indexOf("I'm a bot"));
        assertThat(h.memory.conversations().find(keyOf(alex))).hasValueSatisfying(s -> {
            assertThat(s.risk()).isEqualTo(CrisisKind.SELF_HARM);
            assertThat(s.mode()).isEqualTo(Mode.WAITING);
        });
    }

    @Test
    void takenSomethingAsksForTheEmergencyNumberNowAndSomeoneToBeWithThem() {
        h.say(alex, "hi");
        String text = h.say(alex, "I've taken all my pills").get(0);

        assertThat(text).startsWith("Please call 999 now").contains("someone who can be with you");
    }

    @Test
    void clinicalQuestionsAreDeflectedToGpPharmacistAnd111WithoutADose() {
        h.say(alex, "hi");
        String text = String.join("\n", h.say(alex, "should I double my insulin?"));

        assertThat(text).contains("not a clinician").contains("GP").containsIgnoringCase("pharmacist")
                .contains("NHS 111").contains("prescribed");
        assertThat(Safety.DOSE.matcher(text).find()).isFalse();
    }

    @Test
    void aSymptomToldRatherThanAskedIsSignpostedWithoutCallingItAQuestion() {
        h.say(alex, "hi");
        String told = String.join("\n", h.say(alex, "my neck has had a stiff ache since Friday and it will not go away"));
        String askedLater = String.join("\n", h.say(alex, "should I double my insulin?"));
        String asked = String.join("\n", h.say(Harness.member("1002"), "should I double my insulin?"));

        assertThat(told).contains("not a clinician").contains("NHS 111").contains("GP").doesNotContain("question");
        assertThat(asked).contains("good question");
        // The second clinical question in a chat gets a short form with the same boundary, not the block again.
        assertThat(askedLater).contains("GP").contains("pharmacist").contains("medical advice")
                .doesNotContain("not a clinician");
    }

    @Test
    void listeningNeverRepeatsAPromptWithinFiveTurns() {
        h.say(alex, "hi");
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            replies.add(h.say(alex, "it has been a long week number " + i).get(0));
        }
        for (int i = 0; i < replies.size(); i++) {
            for (int j = Math.max(0, i - 5); j < i; j++) {
                for (String sentence : replies.get(i).split("(?<=[.?])\\s+")) {
                    assertThat(replies.get(j)).as("turn %d repeats turn %d", i, j).doesNotContain(sentence);
                }
            }
        }
    }

    @Test
    void aNamedFeelingIsAcknowledgedWithoutQuotingTheMember() {
        h.say(alex, "hi");
        String text = h.say(alex, "I feel so lonely").get(0);

        assertThat(text).containsIgnoringCase("lonely").doesNotContain("I feel so lonely");
    }

    @Test
    void askingIfItIsABotGetsTheSameHonesty() {
        h.say(alex, "hi");
        assertThat(h.say(alex, "are you a real person?").get(0)).contains("I'm a bot, not a person")
                .contains("not an emergency service");
    }

    @Test
    void goodbyeIsWarmWithAnOpenDoor() {
        h.say(alex, "hi");
        assertThat(h.say(alex, "bye").get(0)).containsAnyOf("any time", "whenever you like");
    }

    @Test
    void servicesListsOpenServicesWithTheirContacts() {
        h.say(alex, "hi");
        String text = h.say(alex, "where can I get help").get(0);
        assertThat(text).contains("111").contains("Samaritans");
    }

    @Test
    void aRedeliveredEventIsHandledOnce() {
        ChatEvent event = ChatEvent.MessageReceived.inPrivate("same", alex, Sender.of(Platform.TELEGRAM, "1001"),
                "hi", h.clock.instant());
        h.handle(event);
        h.handle(event);
        assertThat(h.textsTo(alex)).hasSize(1);
    }

    @Test
    void stickersGetAKindReply() {
        h.say(alex, "hi");
        h.sender(Platform.TELEGRAM).clear();
        h.handle(new ChatEvent.UnsupportedContent(h.nextId(), alex, Space.PRIVATE, Sender.of(Platform.TELEGRAM,
                "1001"), ContentKind.STICKER, h.clock.instant()));
        assertThat(h.textsTo(alex)).singleElement().asString().contains("only read text");
    }

    @Test
    void forgetErasesEverythingAndConfirms() {
        h.say(alex, "hi");
        h.say(alex, "/talk");
        assertThat(h.memory.handoffs().openFor(keyOf(alex))).isPresent();

        List<String> reply = h.say(alex, "/forget");

        assertThat(reply).singleElement().asString().contains("deleted everything");
        assertThat(h.memory.conversationCount()).isZero();
        assertThat(h.memory.handoffs().openFor(keyOf(alex))).isEmpty();
        assertThat(h.memory.handoffs().waiting()).isEmpty();
        assertThat(h.memory.outbox().deleteFor(keyOf(alex))).isZero();
    }

    @Test
    void riskIsStickyUntilAPersonClearsIt() {
        h.say(alex, "I want to end it all");
        h.say(alex, "only joking, you misunderstood");
        assertThat(h.memory.conversations().find(keyOf(alex)).orElseThrow().risk()).isEqualTo(CrisisKind.SELF_HARM);
    }

    @Test
    void aGroupCrisisGetsAPublicSafeLineAndAPrivateCrisisReply() {
        ConversationRef group = new ConversationRef(Platform.TELEGRAM, "-100200");
        h.handle(new ChatEvent.MessageReceived(h.nextId(), group, Space.GROUP, Sender.of(Platform.TELEGRAM, "1001"),
                "I want to end it all", h.clock.instant(), false, alex));

        List<String> publicLines = h.textsTo(group);
        assertThat(publicLines).singleElement().asString().contains("private message").contains("999")
                .doesNotContain("end it all");
        assertThat(String.join("\n", h.textsTo(alex))).contains("116 123").contains("85258");
    }

    @Test
    void ordinaryGroupChatterGetsNoReply() {
        ConversationRef group = new ConversationRef(Platform.TELEGRAM, "-100200");
        h.handle(new ChatEvent.MessageReceived(h.nextId(), group, Space.GROUP, Sender.of(Platform.TELEGRAM, "1001"),
                "I feel so lonely", h.clock.instant(), false, alex));
        assertThat(h.sender(Platform.TELEGRAM).all()).isEmpty();
    }

    @Test
    void aFloodGetsOnePoliteSlowDownButACrisisStillGetsThrough() {
        h.say(alex, "hi");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.addAll(h.say(alex, "message " + i));
        }
        assertThat(all.stream().filter(t -> t.contains("lots of messages"))).hasSize(1);
        assertThat(String.join("\n", h.say(alex, "I want to end it all"))).contains("116 123");
    }

    private String keyOf(ConversationRef chat) {
        return new IdentityKeys("test-secret-0123456789").hash(chat.key());
    }

    @Test
    void holdingMessagesRepeatTheLinesAndSayPlainlyWhenNobodyIsOnDuty() {
        h.say(alex, "hi");
        assertThat(String.join("\n", h.say(alex, "/talk"))).contains("no volunteer is on duty");
        h.sender(Platform.TELEGRAM).clear();
        h.later(Duration.ofMinutes(3));
        assertThat(String.join("\n", h.textsTo(alex))).contains("Still no volunteer").contains("116 123");
    }
}
