package org.peerbot.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.peerbot.core.conversation.ConversationEngine;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.delivery.Dispatcher;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.memory.InMemoryStores;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.Stores;
import org.peerbot.core.signpost.DirectoryPack;
import org.peerbot.core.signpost.PackDirectory;
import org.peerbot.core.wording.CatalogPrompts;

/**
 * Say-and-read: drives the real engine and dispatcher with in-memory stores, recording senders and a
 * hand-moved clock. {@code say} returns what the member saw in reply.
 */
public final class Harness {

    public static final Instant START = Instant.parse("2026-11-23T10:00:00Z"); // a Monday morning

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryStores memory = new InMemoryStores();
    public final Stores stores = memory.stores();
    public final CatalogPrompts prompts = TestPacks.prompts();
    public final Map<Platform, RecordingSender> senders = new EnumMap<>(Platform.class);
    public final ConversationEngine engine;
    public final Dispatcher dispatcher;
    public final Roster roster;
    public final PackDirectory directory;
    private final AtomicLong events = new AtomicLong();

    public Harness(Function<String, TriageResult> triage) {
        this(triage, EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.TELEGRAM, Platform.DISCORD)),
                List.of(new Roster.Volunteer("ash", Platform.TELEGRAM, "501", "Ash", Set.of(), Set.of("en"), 2),
                        new Roster.Volunteer("bo", Platform.DISCORD, "601", "Bo", Set.of(), Set.of("en"), 1)));
    }

    public Harness(Function<String, TriageResult> triage, EngineSettings settings, List<Roster.Volunteer> volunteers) {
        this(triage, settings, volunteers, "uk");
    }

    /** The default settings and volunteers, with another region's directory pack ("us"). */
    public static Harness inRegion(Function<String, TriageResult> triage, String region) {
        return new Harness(triage, EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.TELEGRAM,
                Platform.DISCORD)), List.of(new Roster.Volunteer("ash", Platform.TELEGRAM, "501", "Ash", Set.of(),
                Set.of("en"), 2)), region);
    }

    public Harness(Function<String, TriageResult> triage, EngineSettings settings, List<Roster.Volunteer> volunteers,
                   String region) {
        this(triage, settings, volunteers, region, null);
    }

    /** As above, with the engine reporting to {@code events} (null for none). */
    public Harness(Function<String, TriageResult> triage, EngineSettings settings, List<Roster.Volunteer> volunteers,
                   String region, org.peerbot.core.port.EngineEvents events) {
        for (Platform p : Platform.values()) {
            senders.put(p, new RecordingSender(p));
        }
        roster = new Roster(volunteers);
        directory = new PackDirectory(DirectoryPack.fromTree(region,
                TestPacks.tree(String.format(DirectoryPack.RESOURCE_PATTERN, region))), null);
        Map<Platform, DeliveryPolicy> policies = new EnumMap<>(Platform.class);
        for (Platform p : Platform.values()) {
            policies.put(p, DeliveryPolicy.unlimited());
        }
        dispatcher = new Dispatcher(stores, Map.copyOf(senders), policies, clock, null);
        engine = new ConversationEngine(settings, triage, prompts, directory, stores, roster,
                new IdentityKeys("test-secret-0123456789"), clock, events, null);
    }

    public static ConversationRef member(String id) {
        return new ConversationRef(Platform.TELEGRAM, id);
    }

    /** A member's new conversation past the introduction ("hello" said), so the replies after it are the planner's. */
    public ConversationRef pastIntroduction(String id) {
        ConversationRef chat = member(id);
        say(chat, "hello");
        return chat;
    }

    /** The member says {@code text} a minute after their last message; what they saw, one message a line. */
    public String sayLater(ConversationRef chat, String text) {
        clock.advance(Duration.ofMinutes(1));
        return String.join("\n", say(chat, text));
    }

    /** A member writes in their private chat; returns the texts they received. */
    public List<String> say(ConversationRef chat, String text) {
        sender(chat.platform()).clear();
        engine.handle(ChatEvent.MessageReceived.inPrivate(nextId(), chat, Sender.of(chat.platform(), chat.chatId()),
                text, clock.instant()));
        deliver();
        return textsTo(chat);
    }

    /** A volunteer writes in a chat (their room, the volunteers' place, or their private chat). */
    public void volunteerSays(Platform platform, String userId, ConversationRef where, Space space, String text) {
        engine.handle(new ChatEvent.MessageReceived(nextId(), where, space, new Sender(platform, userId, false), text,
                clock.instant(), false, null));
        deliver();
    }

    public void press(ConversationRef where, Space space, Sender who, String data) {
        engine.handle(new ChatEvent.ButtonPressed(nextId(), where, space, who, data, "cb-" + events.get(), "m1",
                clock.instant()));
        deliver();
    }

    public void handle(ChatEvent event) {
        engine.handle(event);
        deliver();
    }

    public void later(Duration d) {
        clock.advance(d);
        engine.tick();
        deliver();
    }

    public void deliver() {
        for (Platform p : Platform.values()) {
            dispatcher.drain(p);
        }
    }

    public RecordingSender sender(Platform p) {
        return senders.get(p);
    }

    public List<String> textsTo(ConversationRef chat) {
        return sender(chat.platform()).to(chat).stream().map(RecordingSender.Delivered::text).toList();
    }

    public String nextId() {
        return "e" + events.incrementAndGet();
    }
}
