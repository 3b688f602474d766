package org.peerbot.core.turn;

import org.junit.jupiter.api.Test;
import org.peerbot.core.handoff.Handoffs;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SlashCommand.Role;
import org.peerbot.core.model.SlashCommand.Where;
import org.peerbot.core.model.SlashCommand;
import org.peerbot.core.model.Space;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.ScriptedTriage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command registry and the engine's parsers agree: every command the registry gives a member works for a
 * member, every volunteers' command works for a volunteer and is refused to a member, every organisers' command
 * is refused to anyone else. The adapters' tests check that their menus are the registry's.
 */
class CommandRegistryTest {

    private final Harness h = new Harness(new ScriptedTriage());
    private final ConversationRef tgPlace = new ConversationRef(Platform.TELEGRAM, "volunteers");
    private int members;

    /** What a new member hears back, all in one string (the first reply also carries the introduction). */
    private String memberTypes(String text) {
        return String.join("\n", h.say(Harness.member("20" + members++), text));
    }

    private String volunteerPlaceHears(String text) {
        h.sender(Platform.TELEGRAM).clear();
        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, text);
        return String.join("\n", h.textsTo(tgPlace));
    }

    @Test
    void everyCommandHasHelpTextShortEnoughForEveryMenu() {
        for (SlashCommand c : SlashCommand.values()) {
            assertThat(h.prompts.has(c.helpKey())).as(c.helpKey()).isTrue();
            // Discord's limit for a command description is the tightest of the platforms.
            assertThat(h.prompts.text(c.helpKey())).as(c.helpKey()).hasSizeBetween(1, 100);
            assertThat(SlashCommand.of(c.word().toUpperCase(java.util.Locale.ROOT))).contains(c);
        }
    }

    @Test
    void theMenusHoldWhatTheIssueFoundMissing() {
        assertThat(SlashCommand.memberMenu()).contains(SlashCommand.REPORT, SlashCommand.BLOCK)
                .allMatch(c -> c.mayUse(Role.MEMBER));
        assertThat(SlashCommand.volunteerMenu()).contains(SlashCommand.CLEAR)
                .doesNotContain(SlashCommand.BLOCK, SlashCommand.STATS, SlashCommand.SEAT);
    }

    @Test
    void theEnginesWordListsComeFromTheRegistry() {
        assertThat(Handoffs.VOLUNTEER_COMMANDS).containsExactlyInAnyOrder("duty", "queue", "claim", "end",
                "handback", "transfer", "escalate", "clear");
        assertThat(SlashCommand.organisersOnly()).containsExactlyInAnyOrder("stats", "roster", "reload");
    }

    @Test
    void aMemberCanUseEveryMemberCommand() {
        String unknown = h.prompts.text("member.unknown_command");
        for (SlashCommand c : SlashCommand.memberMenu()) {
            assertThat(memberTypes("/" + c.word())).as("/" + c.word()).isNotEmpty().doesNotContain(unknown);
        }
        assertThat(memberTypes("/fly")).as("the check itself").contains(unknown);
    }

    @Test
    void aMemberIsRefusedEveryVolunteersCommandAndEveryOrganisersCommand() {
        for (SlashCommand c : SlashCommand.values()) {
            if (c.mayUse(Role.MEMBER) || c.where().equals(java.util.Set.of(Where.CONSOLE))) {
                continue;
            }
            if (c == SlashCommand.END) {
                // The registry's one alias: a member's /end is /cancel.
                assertThat(memberTypes("/end")).contains(h.prompts.text("talk.nothing_to_cancel"));
                continue;
            }
            String refusal = h.prompts.text(c.mayUse(Role.VOLUNTEER) ? "member.volunteer_only" : "organiser.only");
            assertThat(memberTypes("/" + c.word())).as("/" + c.word()).contains(refusal);
        }
    }

    @Test
    void aVolunteerCanUseEveryVolunteersCommandInTheirPlace() {
        String unknown = h.prompts.text("volunteer.unknown_command");
        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "/duty on");
        for (SlashCommand c : SlashCommand.values()) {
            if (!c.mayUse(Role.VOLUNTEER) || !c.where().contains(Where.VOLUNTEERS)) {
                continue;
            }
            assertThat(volunteerPlaceHears("/" + c.word())).as("/" + c.word()).isNotEmpty().doesNotContain(unknown);
        }
        assertThat(volunteerPlaceHears("/fly")).as("the check itself").contains(unknown);
    }
}
