package org.peerbot.adapter.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.PromptCatalog;

/**
 * A terminal seat: one person types as the member or, after {@code /seat volunteer}, as the console
 * volunteer. What the member sees is printed on lines starting {@code bot> }, what the volunteer sees on
 * lines starting {@code vol> }. Works with a pipe: each line is handled and its replies printed before the
 * next is read, and it returns at the end of input.
 */
public final class ConsoleSeat {

    public static final String VOLUNTEER_USER = "volunteer";
    private static final String MEMBER_PREFIX = "bot> ";
    private static final String VOLUNTEER_PREFIX = "vol> ";

    private final ChatEventHandler handler;
    private final Runnable deliver;
    private final PromptCatalog catalog;
    private final PrintStream out;
    private final Clock clock;
    /** A fresh member each run: the console is a demo seat, and each run starts a new conversation. */
    private final String run = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
    private final ConversationRef member = new ConversationRef(Platform.CONSOLE, "member-" + run);
    private final ConversationRef volunteer = new ConversationRef(Platform.CONSOLE, VOLUNTEER_USER);
    private final AtomicLong counter = new AtomicLong();
    private final MessageSender sender = new Printer();
    private boolean asVolunteer;

    /**
     * @param deliver sends what the engine queued for the console (the dispatcher's drain), so replies are
     *                printed before the next line is read
     */
    public ConsoleSeat(ChatEventHandler handler, Runnable deliver, PromptCatalog catalog, PrintStream out,
                       Clock clock) {
        this.handler = handler;
        this.deliver = deliver;
        this.catalog = catalog;
        this.out = out;
        this.clock = clock;
    }

    public MessageSender sender() {
        return sender;
    }

    /**
     * Says how to use the seat ({@code console.hint}). For a person at a terminal only: piped input gets
     * nothing but the {@code bot> } and {@code vol> } lines, so scripts can read them.
     */
    public void greet() {
        for (String l : catalog.text("console.hint").split("\n", -1)) {
            out.println(l);
        }
        out.flush();
    }

    /** Reads lines until the end of input. */
    public void run(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            accept(line);
        }
        deliver.run();
        out.flush();
    }

    /** Handles one typed line. */
    public void accept(String line) {
        String trimmed = line.strip();
        if (trimmed.equalsIgnoreCase("/seat volunteer")) {
            asVolunteer = true;
            print(VOLUNTEER_PREFIX, catalog.text("console.seat_volunteer"));
            return;
        }
        if (trimmed.equalsIgnoreCase("/seat member")) {
            asVolunteer = false;
            print(MEMBER_PREFIX, catalog.text("console.seat_member"));
            return;
        }
        String id = "console-" + run + "-" + counter.incrementAndGet();
        ChatEvent event = asVolunteer
                ? new ChatEvent.MessageReceived(id, volunteer, Space.VOLUNTEERS,
                        new Sender(Platform.CONSOLE, VOLUNTEER_USER, true), line, clock.instant(), false, null)
                : ChatEvent.MessageReceived.inPrivate(id, member, Sender.of(Platform.CONSOLE, member.chatId()), line,
                        clock.instant());
        handler.handle(event);
        deliver.run();
        out.flush();
    }

    private synchronized void print(String prefix, String text) {
        for (String l : text.split("\n", -1)) {
            out.println(l.isBlank() ? prefix.strip() : prefix + l);
        }
    }

    private final class Printer implements MessageSender {
        @Override
        public Platform platform() {
            return Platform.CONSOLE;
        }

        @Override
        public SendResult send(OutboundMessage message) {
            Address to = message.to();
            ConversationRef resolved = volunteer;
            String prefix = VOLUNTEER_PREFIX;
            if (to instanceof Address.Chat chat) {
                resolved = chat.ref();
                prefix = chat.ref().chatId().startsWith("member") ? MEMBER_PREFIX : VOLUNTEER_PREFIX;
            } else if (to instanceof Address.Ephemeral) {
                prefix = asVolunteer ? VOLUNTEER_PREFIX : MEMBER_PREFIX;
            }
            if (!message.text().isBlank()) {
                print(prefix, message.text());
            }
            if (!message.actions().isEmpty()) {
                print(prefix, "[" + message.actions().stream().map(Action::label)
                        .collect(Collectors.joining("] [")) + "]");
            }
            return new SendResult.Sent(String.valueOf(counter.incrementAndGet()), resolved);
        }
    }


}
