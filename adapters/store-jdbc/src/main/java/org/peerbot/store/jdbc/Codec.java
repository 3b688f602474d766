package org.peerbot.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Priority;

/** Turns addresses and outbound messages into one string and back: fields base64-encoded, dot-separated. */
final class Codec {

    private Codec() {
    }

    static String ref(ConversationRef ref) {
        return join(ref.platform().name(), ref.chatId());
    }

    static ConversationRef ref(String s) {
        List<String> f = split(s);
        return new ConversationRef(Platform.valueOf(f.get(0)), f.get(1));
    }

    static String message(OutboundMessage m) {
        List<String> fields = new ArrayList<>(address(m.to()));
        fields.add(m.text());
        fields.add(m.priority().name());
        fields.add(m.editOf() == null ? "" : m.editOf());
        for (Action a : m.actions()) {
            fields.add(a.label());
            fields.add(a.data());
        }
        return join(fields.toArray(String[]::new));
    }

    static OutboundMessage message(String s) {
        List<String> f = split(s);
        String kind = f.get(0);
        Platform p = Platform.valueOf(f.get(1));
        Address to = switch (kind) {
            case "chat" -> new Address.Chat(new ConversationRef(p, f.get(2)));
            case "user" -> new Address.PrivateChatOf(p, f.get(2));
            case "place" -> new Address.VolunteerPlace(p);
            case "room" -> new Address.HandoffRoom(p, f.get(2), f.get(3), f.get(4));
            case "ephemeral" -> new Address.Ephemeral(p, f.get(2));
            default -> throw new IllegalStateException("unknown address kind " + kind);
        };
        int i = 5;
        String text = f.get(i++);
        Priority priority = Priority.valueOf(f.get(i++));
        String edit = f.get(i++);
        List<Action> actions = new ArrayList<>();
        while (i + 1 < f.size()) {
            actions.add(new Action(f.get(i), f.get(i + 1)));
            i += 2;
        }
        return new OutboundMessage(to, text, actions, priority, edit.isEmpty() ? null : edit);
    }

    /** Always five fields: kind, platform and three values. */
    private static List<String> address(Address a) {
        if (a instanceof Address.Chat c) {
            return List.of("chat", c.platform().name(), c.ref().chatId(), "", "");
        }
        if (a instanceof Address.PrivateChatOf u) {
            return List.of("user", u.platform().name(), u.userId(), "", "");
        }
        if (a instanceof Address.VolunteerPlace v) {
            return List.of("place", v.platform().name(), "", "", "");
        }
        if (a instanceof Address.HandoffRoom r) {
            return List.of("room", r.platform().name(), r.handoffId(), r.volunteerUserId(), r.title());
        }
        Address.Ephemeral e = (Address.Ephemeral) a;
        return List.of("ephemeral", e.platform().name(), e.handle(), "", "");
    }

    private static String join(String... fields) {
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(Base64.getUrlEncoder().encodeToString(f.getBytes(StandardCharsets.UTF_8)));
        }
        return b.toString();
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\.", -1)) {
            out.add(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
        }
        return out;
    }
}
