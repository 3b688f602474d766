package org.peerbot.core.handoff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.RecordingSender;
import org.peerbot.core.testing.ScriptedTriage;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import static org.assertj.core.api.Assertions.assertThat;

class HandoffFlowTest {

    private final ScriptedTriage triage = new ScriptedTriage()
            .crisis("I want to end it all", CrisisKind.SELF_HARM)
            .on("you should take two more tablets", Category.CLINICAL);
    private final Harness h = new Harness(triage);
    private final ConversationRef alex = Harness.member("1001");
    private final ConversationRef tgPlace = new ConversationRef(Platform.TELEGRAM, "volunteers");
    private final ConversationRef dcPlace = new ConversationRef(Platform.DISCORD, "volunteers");
    private final Sender ash = Sender.of(Platform.TELEGRAM, "501");
    private final Sender bo = Sender.of(Platform.DISCORD, "601");

    private Handoff waiting() {
        return h.memory.handoffs().waiting().get(0);
    }

    private void onDuty(Sender who, ConversationRef place) {
        h.volunteerSays(who.platform(), who.userId(), place, Space.VOLUNTEERS, "/duty on");
    }

    private ConversationRef claim(Sender who, ConversationRef place) {
        Handoff handoff = waiting();
        h.press(place, Space.VOLUNTEERS, who, "claim:" + handoff.id());
        return new ConversationRef(who.platform(), "room-" + handoff.id());
    }

    @Test
    void aMemberIsQueuedClaimedRelayedBothWaysAndReturnedToTheBot() {
        h.say(alex, "hi");
        onDuty(ash, tgPlace);
        String queued = String.join("\n", h.say(alex, "/talk"));
        assertThat(queued).contains("number 1 in the queue").contains("10 minutes");

        List<RecordingSender.Delivered> cards = h.sender(Platform.TELEGRAM).to(tgPlace);
        assertThat(cards).last().satisfies(c -> {
            assertThat(c.message().actions()).extracting(Action::data).containsExactly("claim:" + waiting().id());
            assertThat(c.text()).contains(waiting().pseudonym()).doesNotContain("1001");
        });
        assertThat(h.sender(Platform.DISCORD).to(dcPlace)).hasSize(1);

        String pseudonym = waiting().pseudonym();
        ConversationRef room = claim(ash, tgPlace);

        assertThat(h.textsTo(alex)).last().asString().contains("Ash, a peer volunteer, has joined");
        assertThat(h.textsTo(room)).singleElement().asString().contains("You are now with " + pseudonym);
        assertThat(h.sender(Platform.DISCORD).all()).anySatisfy(d -> {
            assertThat(d.message().editOf()).isNotNull();
            assertThat(d.text()).contains("claimed by Ash");
        });
        assertThat(h.sender(Platform.TELEGRAM).all()).anySatisfy(d -> {
            assertThat(d.message().to()).isInstanceOf(Address.Ephemeral.class);
            assertThat(d.text()).contains("You have claimed");
        });

        h.say(alex, "thanks for coming");
        assertThat(h.textsTo(room)).last().isEqualTo(pseudonym + ": thanks for coming");

        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, "Hello, I'm here");
        assertThat(h.textsTo(alex)).last().isEqualTo("Ash: Hello, I'm here");

        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, "/end");
        List<String> toAlex = h.textsTo(alex);
        assertThat(String.join("\n", toAlex)).contains("ended the chat").contains("Was this chat helpful?");
        assertThat(h.memory.conversations().find(keyOf(alex)).orElseThrow().mode()).isEqualTo(Mode.BOT);

        h.say(alex, "back to the bot");
        assertThat(h.textsTo(room)).noneMatch(t -> t.contains("back to the bot"));
    }

    @Test
    void aTelegramMemberCanBeServedByADiscordVolunteer() {
        h.say(alex, "hi");
        onDuty(bo, dcPlace);
        h.say(alex, "/talk");
        ConversationRef room = claim(bo, dcPlace);

        h.say(alex, "hello from telegram");
        assertThat(h.sender(Platform.DISCORD).to(room)).last().extracting(RecordingSender.Delivered::text)
                .asString().endsWith(": hello from telegram");
        h.volunteerSays(Platform.DISCORD, "601", room, Space.VOLUNTEERS, "hello from discord");
        assertThat(h.textsTo(alex)).last().isEqualTo("Bo: hello from discord");
    }

    @Test
    void onlyVolunteersCanClaim() {
        h.say(alex, "/talk");
        Handoff before = waiting();
        h.press(tgPlace, Space.VOLUNTEERS, Sender.of(Platform.TELEGRAM, "999"), "claim:" + before.id());

        assertThat(h.sender(Platform.TELEGRAM).all()).last().satisfies(d -> {
            assertThat(d.message().to()).isInstanceOf(Address.Ephemeral.class);
            assertThat(d.text()).contains("only people on the team");
        });
        assertThat(h.memory.handoffs().find(before.id()).orElseThrow().status()).isEqualTo(HandoffStatus.WAITING);
    }

    @Test
    void offDutyAndBlockedVolunteersCannotClaim() {
        h.say(alex, "/talk");
        claim(ash, tgPlace);
        assertThat(h.sender(Platform.TELEGRAM).all()).last().extracting(RecordingSender.Delivered::text)
                .asString().contains("off duty");

        onDuty(ash, tgPlace);
        ConversationRef room = claim(ash, tgPlace);
        h.say(alex, "/block");
        assertThat(h.textsTo(room)).last().asString().contains("has left the chat");

        h.say(alex, "/talk");
        claim(ash, tgPlace);
        assertThat(h.sender(Platform.TELEGRAM).all()).last().extracting(RecordingSender.Delivered::text)
                .asString().contains("asked not to be matched");
        assertThat(waiting().status()).isEqualTo(HandoffStatus.WAITING);
    }

    @Test
    void exactlyOneOfManyVolunteersWinsAClaim() throws Exception {
        List<Roster.Volunteer> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(new Roster.Volunteer("v" + i, Platform.TELEGRAM, "70" + i, "Vol" + i, Set.of(), Set.of(), 2));
        }
        Harness crowd = new Harness(triage, EngineSettings.defaults().withVolunteerPlatforms(
                Set.of(Platform.TELEGRAM)), many);
        for (int i = 0; i < 12; i++) {
            crowd.volunteerSays(Platform.TELEGRAM, "70" + i, tgPlace, Space.VOLUNTEERS, "/duty on");
        }
        crowd.say(alex, "/talk");
        String id = crowd.memory.handoffs().waiting().get(0).id();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 12; i++) {
            String user = "70" + i;
            pool.submit(() -> {
                go.await();
                crowd.engine.handle(new ChatEvent.ButtonPressed("claim-" + user, tgPlace, Space.VOLUNTEERS,
                        Sender.of(Platform.TELEGRAM, user), "claim:" + id, "cb-" + user, "m", crowd.clock.instant()));
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        crowd.deliver();

        assertThat(crowd.textsTo(alex)).filteredOn(t -> t.contains("has joined")).hasSize(1);
        List<String> answers = crowd.sender(Platform.TELEGRAM).all().stream()
                .filter(d -> d.message().to() instanceof Address.Ephemeral).map(RecordingSender.Delivered::text)
                .toList();
        assertThat(answers).hasSize(12);
        assertThat(answers).filteredOn(t -> t.contains("You have claimed")).hasSize(1);
        assertThat(answers).filteredOn(t -> t.contains("already claimed")).hasSize(11);
    }

    @Test
    void aClaimLapsesBackToTheHeadOfTheQueueWhenTheVolunteerDoesNotWrite() {
        h.say(alex, "hi");
        onDuty(ash, tgPlace);
        h.say(alex, "/talk");
        String id = waiting().id();
        claim(ash, tgPlace);
        h.later(Duration.ofMinutes(1));
        h.say(Harness.member("2002"), "/talk");

        h.later(Duration.ofMinutes(5));

        assertThat(h.memory.handoffs().waiting()).extracting(Handoff::id).first().isEqualTo(id);
        assertThat(String.join("\n", h.textsTo(alex))).contains("could not stay");
    }

    @Test
    void crisisJumpsTheQueueAndIsMarkedUrgent() {
        h.say(Harness.member("2002"), "/talk");
        h.say(alex, "I want to end it all");
        Handoff first = waiting();
        assertThat(first.urgent()).isTrue();
        assertThat(first.conversationKey()).isEqualTo(keyOf(alex));
        assertThat(h.sender(Platform.TELEGRAM).to(tgPlace)).last().extracting(RecordingSender.Delivered::text)
                .asString().startsWith("URGENT. " + first.pseudonym() + " would like to talk.");
    }

    @Test
    void aCrisisDuringARelayShowsTheMemberTheLinesAndAlertsTheVolunteer() {
        h.say(alex, "hi");
        onDuty(ash, tgPlace);
        h.say(alex, "/talk");
        ConversationRef room = claim(ash, tgPlace);

        String toMember = String.join("\n", h.say(alex, "I want to end it all"));

        assertThat(toMember).contains("116 123").contains("85258");
        assertThat(h.textsTo(room)).anySatisfy(t -> assertThat(t).startsWith("Alert:"));
    }

    @Test
    void aVolunteerWhoSoundsClinicalIsNudgedPrivatelyBeforeTheRelay() {
        onDuty(ash, tgPlace);
        h.say(alex, "/talk");
        ConversationRef room = claim(ash, tgPlace);
        h.sender(Platform.TELEGRAM).clear();

        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, "you should take two more tablets");

        List<RecordingSender.Delivered> all = h.sender(Platform.TELEGRAM).all();
        int nudge = indexOf(all, room, "peers, not clinicians");
        int relay = indexOf(all, alex, "Ash: you should take two more tablets");
        assertThat(nudge).isNotNegative().isLessThan(relay);
    }

    @Test
    void endingAnUrgentChatGivesTheVolunteerACoolDownAndADebrief() {
        onDuty(ash, tgPlace);
        h.say(alex, "I want to end it all");
        ConversationRef room = claim(ash, tgPlace);
        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, "/end");
        assertThat(h.textsTo(room)).last().asString().contains("short break");

        h.say(Harness.member("2002"), "/talk");
        claim(ash, tgPlace);
        assertThat(h.sender(Platform.TELEGRAM).all()).last().extracting(RecordingSender.Delivered::text)
                .asString().contains("Take a short break first");
        assertThat(h.memory.conversations().find(keyOf(alex)).orElseThrow().risk()).isEqualTo(CrisisKind.SELF_HARM);
    }

    @Test
    void handbackAndTransferKeepTheMemberInformed() {
        h.say(alex, "hi");
        onDuty(ash, tgPlace);
        onDuty(bo, dcPlace);
        h.say(alex, "/talk");
        ConversationRef room = claim(ash, tgPlace);
        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, "/transfer Bo");
        assertThat(h.textsTo(alex)).last().asString().startsWith("Bo is taking over");
        Handoff moved = h.memory.handoffs().claimed().get(0);
        assertThat(moved.volunteerId()).isEqualTo("bo");
        ConversationRef boRoom = new ConversationRef(Platform.DISCORD, "room-" + moved.id());
        assertThat(h.sender(Platform.DISCORD).to(boRoom)).isNotEmpty();

        h.volunteerSays(Platform.DISCORD, "601", boRoom, Space.VOLUNTEERS, "/handback");
        assertThat(h.textsTo(alex)).last().asString().contains("front of the queue");
        assertThat(waiting().id()).isEqualTo(moved.id());
    }

    @Test
    void aVolunteerAtTheirLimitCannotClaimMore() {
        onDuty(bo, dcPlace);
        h.say(alex, "/talk");
        claim(bo, dcPlace);
        h.say(Harness.member("2002"), "/talk");
        claim(bo, dcPlace);
        assertThat(h.sender(Platform.DISCORD).all()).last().extracting(RecordingSender.Delivered::text)
                .asString().contains("limit of 1 chats");
        assertThat(waiting().status()).isEqualTo(HandoffStatus.WAITING);
    }

    @Test
    void escalateAlertsTheSafeguardingLeadWithAPseudonymAndNoWords() {
        Harness withLead = new Harness(triage, EngineSettings.defaults().withVolunteerPlatforms(
                Set.of(Platform.TELEGRAM)).withLead(new EngineSettings.Lead(Platform.TELEGRAM, "900")),
                List.of(new Roster.Volunteer("ash", Platform.TELEGRAM, "501", "Ash", Set.of(), Set.of(), 2)));
        withLead.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "/duty on");
        withLead.say(alex, "/talk");
        String pseudonym = withLead.memory.handoffs().waiting().get(0).pseudonym();
        String id = withLead.memory.handoffs().waiting().get(0).id();
        withLead.press(tgPlace, Space.VOLUNTEERS, ash, "claim:" + id);
        ConversationRef room = new ConversationRef(Platform.TELEGRAM, "room-" + id);
        withLead.say(alex, "zebra private words");
        withLead.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, "/escalate");

        ConversationRef lead = new ConversationRef(Platform.TELEGRAM, "dm-900");
        assertThat(withLead.textsTo(lead)).singleElement().asString().contains(pseudonym).doesNotContain("zebra");
        assertThat(withLead.textsTo(room)).last().asString().contains("lead has been told");
    }

    @Test
    void escalateWithoutALeadSaysSoPlainly() {
        onDuty(ash, tgPlace);
        h.say(alex, "/talk");
        ConversationRef room = claim(ash, tgPlace);
        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, "/escalate");
        assertThat(h.textsTo(room)).last().asString().contains("No lead is set up");
    }

    @Test
    void aVolunteerCanBlockAMemberWhoIsThenNeverMatchedWithThem() {
        onDuty(ash, tgPlace);
        h.say(alex, "/talk");
        ConversationRef room = claim(ash, tgPlace);
        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, "/block");
        assertThat(h.textsTo(room)).last().asString().contains("will not be matched with");
        assertThat(h.textsTo(alex)).last().asString().contains("ended the chat");
        assertThat(h.memory.blocks().isBlocked(keyOf(alex), "ash")).isTrue();
        assertThat(String.join("\n", h.say(alex, "/talk"))).contains("can't connect you with a volunteer");
    }

    @Test
    void aLongChatRemindsTheVolunteerOfTheTime() {
        onDuty(ash, tgPlace);
        h.say(alex, "/talk");
        ConversationRef room = claim(ash, tgPlace);
        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, "hello");
        h.later(Duration.ofMinutes(46));
        assertThat(h.textsTo(room)).last().asString().contains("chatting for 46 minutes");
    }

    @Test
    void aMemberCanLeaveTheQueueAndReport() {
        onDuty(ash, tgPlace);
        h.say(alex, "/talk");
        assertThat(String.join("\n", h.say(alex, "/cancel"))).contains("taken you out of the queue");
        assertThat(h.memory.handoffs().waiting()).isEmpty();
        assertThat(h.sender(Platform.TELEGRAM).to(tgPlace)).last().extracting(RecordingSender.Delivered::text)
                .asString().contains("request closed");

        assertThat(String.join("\n", h.say(alex, "/report"))).contains("passed to the organisers");
        assertThat(h.sender(Platform.TELEGRAM).to(tgPlace)).last().extracting(RecordingSender.Delivered::text)
                .asString().contains("made a report");
    }

    private static int indexOf(List<RecordingSender.Delivered> all, ConversationRef chat, String text) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).chat().equals(chat) && all.get(i).text().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private String keyOf(ConversationRef chat) {
        return new IdentityKeys("test-secret-0123456789").hash(chat.key());
    }
}
