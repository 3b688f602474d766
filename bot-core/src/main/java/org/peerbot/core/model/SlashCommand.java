package org.peerbot.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every command PeerBot knows, in one place: who may use it, where it is typed, and the prompt catalogue
 * key of its one-line help. The engine's checks (volunteer-only, organiser-only) and the platforms' menus
 * (Telegram's command list, Discord's slash commands) are all read from here, so they cannot disagree.
 *
 * <p>Being listed here does not let anyone use a command: the engine still checks the roster and the
 * organiser list on every use. The order is the order of Telegram's menu.
 *
 * <p>One alias is not listed: a member's {@code /end} means {@code /cancel} (leave the queue or the chat).
 */
public enum SlashCommand {
    START("start", roles(Role.MEMBER), places(Where.PRIVATE)),
    HELP("help", roles(Role.MEMBER), places(Where.PRIVATE)),
    SERVICES("services", roles(Role.MEMBER), places(Where.PRIVATE)),
    TALK("talk", roles(Role.MEMBER), places(Where.PRIVATE)),
    CANCEL("cancel", roles(Role.MEMBER), places(Where.PRIVATE)),
    STOP("stop", roles(Role.MEMBER), places(Where.PRIVATE)),
    FORGET("forget", roles(Role.MEMBER), places(Where.PRIVATE)),
    /** A member blocks the volunteer they are talking to; a volunteer blocks the member in their chat. */
    BLOCK("block", roles(Role.MEMBER, Role.VOLUNTEER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    REPORT("report", roles(Role.MEMBER), places(Where.PRIVATE)),
    DUTY("duty", roles(Role.VOLUNTEER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    /** Volunteers see who waits, with ids to claim; organisers who are not volunteers see counts only. */
    QUEUE("queue", roles(Role.VOLUNTEER, Role.ORGANISER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    CLAIM("claim", roles(Role.VOLUNTEER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    END("end", roles(Role.VOLUNTEER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    HANDBACK("handback", roles(Role.VOLUNTEER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    TRANSFER("transfer", roles(Role.VOLUNTEER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    ESCALATE("escalate", roles(Role.VOLUNTEER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    CLEAR("clear", roles(Role.VOLUNTEER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    STATS("stats", roles(Role.ORGANISER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    ROSTER("roster", roles(Role.ORGANISER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    RELOAD("reload", roles(Role.ORGANISER), places(Where.PRIVATE, Where.VOLUNTEERS)),
    /** The console's own: {@code /seat volunteer} and {@code /seat member} switch who is typing. */
    SEAT("seat", roles(Role.MEMBER, Role.VOLUNTEER), places(Where.CONSOLE));

    /** Who may use a command. Whoever sits at the console is an organiser. */
    public enum Role {
        MEMBER, VOLUNTEER, ORGANISER
    }

    /** Where a command is typed. */
    public enum Where {
        /** A private chat with the bot (a volunteer's too). */
        PRIVATE,
        /** The volunteers' place or a handoff room in it. */
        VOLUNTEERS,
        /** Only at the console seat. */
        CONSOLE
    }

    private final String word;
    private final Set<Role> who;
    private final Set<Where> where;

    SlashCommand(String word, Set<Role> who, Set<Where> where) {
        this.word = word;
        this.who = Collections.unmodifiableSet(who);
        this.where = Collections.unmodifiableSet(where);
    }

    /** The command word, lower case, without the slash. */
    public String word() {
        return word;
    }

    public Set<Role> who() {
        return who;
    }

    public Set<Where> where() {
        return where;
    }

    /** The prompt catalogue key of the one-line help shown in the platforms' menus. */
    public String helpKey() {
        return "command." + word + ".description";
    }

    public boolean mayUse(Role role) {
        return who.contains(role);
    }

    /** The command with this word (any case), if there is one. */
    public static Optional<SlashCommand> of(String word) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        for (SlashCommand c : values()) {
            if (c.word.equals(w)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * What a member's menu offers in a private chat: every member command there, in menu order. Each
     * platform may leave out its own exceptions (Discord has no {@code /start}).
     */
    public static List<SlashCommand> memberMenu() {
        List<SlashCommand> menu = new ArrayList<>();
        for (SlashCommand c : values()) {
            if (c.mayUse(Role.MEMBER) && c.where.contains(Where.PRIVATE)) {
                menu.add(c);
            }
        }
        return List.copyOf(menu);
    }

    /** What a volunteer's menu adds in the volunteers' place to the member menu. */
    public static List<SlashCommand> volunteerMenu() {
        List<SlashCommand> menu = new ArrayList<>();
        for (SlashCommand c : values()) {
            if (c.mayUse(Role.VOLUNTEER) && !c.mayUse(Role.MEMBER) && c.where.contains(Where.VOLUNTEERS)) {
                menu.add(c);
            }
        }
        return List.copyOf(menu);
    }

    /**
     * Words a volunteer may use and a member may not: from a rostered volunteer in a private chat they are
     * volunteer traffic, from anyone else they are refused as volunteers' commands.
     */
    public static Set<String> volunteersNotMembers() {
        Set<String> words = new LinkedHashSet<>();
        for (SlashCommand c : values()) {
            if (c.mayUse(Role.VOLUNTEER) && !c.mayUse(Role.MEMBER) && !c.where.equals(Set.of(Where.CONSOLE))) {
                words.add(c.word);
            }
        }
        return Collections.unmodifiableSet(words);
    }

    /** Words nobody but an organiser may use. */
    public static Set<String> organisersOnly() {
        Set<String> words = new LinkedHashSet<>();
        for (SlashCommand c : values()) {
            if (c.who.equals(Set.of(Role.ORGANISER))) {
                words.add(c.word);
            }
        }
        return Collections.unmodifiableSet(words);
    }

    private static Set<Role> roles(Role first, Role... rest) {
        return EnumSet.of(first, rest);
    }

    private static Set<Where> places(Where first, Where... rest) {
        return EnumSet.of(first, rest);
    }
}
