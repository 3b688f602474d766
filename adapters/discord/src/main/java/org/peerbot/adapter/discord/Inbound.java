package org.peerbot.adapter.discord;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ContentKind;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.PromptCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA events to core events. Only translates: which space, which chat, who (by id), what text.
 * Every handler catches and logs failures by event id and exception class, never text.
 */
final class Inbound extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(Inbound.class);

    private final DiscordSettings settings;
    private final ChatEventHandler handler;
    private final PromptCatalog catalog;

    Inbound(DiscordSettings settings, ChatEventHandler handler, PromptCatalog catalog) {
        this.settings = settings;
        this.handler = handler;
        this.catalog = catalog;
    }

    // ------------------------------------------------------------------ messages

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        try {
            onMessage(event.getMessage(), event.getAuthor(), event.getMember(), false);
        } catch (RuntimeException e) {
            log.error("discord message {} not handled: {}", event.getMessageId(), e.getClass().getName());
        }
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        try {
            onMessage(event.getMessage(), event.getAuthor(), event.getMember(), true);
        } catch (RuntimeException e) {
            log.error("discord edit {} not handled: {}", event.getMessageId(), e.getClass().getName());
        }
    }

    private void onMessage(Message message, User author, Member member, boolean edited) {
        if (author.isBot() || author.isSystem() || message.isWebhookMessage()
                || author.getIdLong() == message.getJDA().getSelfUser().getIdLong()) {
            return;
        }
        MessageType type = message.getType();
        if (type != MessageType.DEFAULT && type != MessageType.INLINE_REPLY) {
            return;
        }
        Place place = place(message.getChannel(), author);
        if (place == null) {
            return;
        }
        Sender from = new Sender(Platform.DISCORD, author.getId(), holdsRole(member));
        Instant at = (edited && message.getTimeEdited() != null ? message.getTimeEdited() : message.getTimeCreated())
                .toInstant();
        String text = message.getContentRaw();
        String eventId = "dc:" + message.getId() + (edited ? ":edit:" + editStamp(message.getTimeEdited()) : "");
        if (text.isBlank()) {
            ContentKind kind = kind(message);
            if (kind != null && !edited) {
                handler.handle(new ChatEvent.UnsupportedContent(eventId, place.where, place.space, from, kind, at));
            } else {
                log.debug("discord message {} without text ignored", message.getId());
            }
            return;
        }
        ConversationRef privateChat = place.space == Space.GROUP ? dmOf(author) : null;
        handler.handle(new ChatEvent.MessageReceived(eventId, place.where, place.space, from, text, at, edited,
                privateChat));
    }

    private static long editStamp(OffsetDateTime edited) {
        return edited == null ? 0 : edited.toInstant().toEpochMilli();
    }

    private static ContentKind kind(Message message) {
        if (!message.getStickers().isEmpty()) {
            return ContentKind.STICKER;
        }
        if (message.getPoll() != null) {
            return ContentKind.POLL;
        }
        if (message.getAttachments().isEmpty()) {
            return null;
        }
        Message.Attachment a = message.getAttachments().get(0);
        String contentType = a.getContentType() == null ? "" : a.getContentType();
        if (a.isImage() || contentType.startsWith("image/")) {
            return ContentKind.PHOTO;
        }
        if (a.isVideo() || contentType.startsWith("video/")) {
            return ContentKind.VIDEO;
        }
        if (contentType.startsWith("audio/") || message.isVoiceMessage()) {
            return ContentKind.VOICE;
        }
        return ContentKind.DOCUMENT;
    }

    // ------------------------------------------------------------------ interactions

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        try {
            // Acknowledge at once (Discord allows 3 s); the engine's answer follows on the webhook.
            event.deferReply(true).queue(null, e -> log.info("discord button {} defer failed: {}",
                    event.getId(), e.getClass().getSimpleName()));
            User user = event.getUser();
            Place place = place(event.getChannel(), user);
            if (place == null) {
                return;
            }
            String data = event.getComponentId();
            // Discord cannot link to a DM with a bot: pressing "message me privately" opens the DM itself.
            place = privately(place, user, place.space == Space.GROUP && Action.OPEN_PRIVATE.equals(data));
            if (place == null) {
                return;
            }
            handler.handle(new ChatEvent.ButtonPressed("dc:" + event.getId(), place.where, place.space,
                    new Sender(Platform.DISCORD, user.getId(), holdsRole(event.getMember())), data,
                    event.getToken(), event.getMessageId(), event.getTimeCreated().toInstant()));
        } catch (RuntimeException e) {
            log.error("discord button {} not handled: {}", event.getId(), e.getClass().getName());
        }
    }

    /** Where an interaction continues: the user's DM when {@code moveToDm}, otherwise where it happened. */
    private static Place privately(Place place, User user, boolean moveToDm) {
        return moveToDm ? new Place(dmOf(user), Space.PRIVATE) : place;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        try {
            User user = event.getUser();
            Place place = place(event.getChannel(), user);
            boolean inServerChannel = place != null && place.space == Space.GROUP
                    || place == null && event.isFromGuild();
            String ackKey = inServerChannel ? "discord.continue_in_dm" : "discord.command_received";
            event.reply(catalog.text(ackKey)).setEphemeral(true).setAllowedMentions(List.of())
                    .queue(null, e -> log.info("discord command {} ack failed: {}", event.getId(),
                            e.getClass().getSimpleName()));
            if (place == null && !event.isFromGuild()) {
                return;
            }
            // Anything said in a server channel is continued privately: a shared channel is public.
            place = privately(place, user, inServerChannel);
            if (place == null) {
                return;
            }
            String options = event.getOptions().stream().map(OptionMapping::getAsString)
                    .collect(Collectors.joining(" "));
            String text = "/" + event.getName() + (options.isEmpty() ? "" : " " + options);
            handler.handle(new ChatEvent.MessageReceived("dc:" + event.getId(), place.where, place.space,
                    new Sender(Platform.DISCORD, user.getId(), holdsRole(event.getMember())), text,
                    event.getTimeCreated().toInstant(), false, null));
        } catch (RuntimeException e) {
            log.error("discord command {} not handled: {}", event.getId(), e.getClass().getName());
        }
    }

    // ------------------------------------------------------------------ members

    @Override
    public void onGuildMemberJoin(GuildMemberJoinEvent event) {
        try {
            if (!settings.welcome() || !event.getGuild().getId().equals(settings.guildId())
                    || event.getUser().isBot()) {
                return;
            }
            Guild guild = event.getGuild();
            TextChannel welcome = guild.getSystemChannel();
            if (welcome == null) {
                log.info("member joined but the server has no system channel for a welcome");
                return;
            }
            Instant at = event.getMember().hasTimeJoined() ? event.getMember().getTimeJoined().toInstant()
                    : Instant.now();
            handler.handle(new ChatEvent.MemberJoined("dc:join:" + event.getUser().getId() + ":" + at.toEpochMilli(),
                    new ConversationRef(Platform.DISCORD, welcome.getId()), Space.GROUP,
                    new Sender(Platform.DISCORD, event.getUser().getId(), false), at));
        } catch (RuntimeException e) {
            log.error("discord member join not handled: {}", e.getClass().getName());
        }
    }

    // ------------------------------------------------------------------ places

    record Place(ConversationRef where, Space space) {
    }

    /** Where an event by {@code user} happened, or null for places the bot ignores (other servers, voice, ...). */
    private Place place(Channel channel, User user) {
        if (channel == null) {
            return null;
        }
        if (channel.getType() == ChannelType.PRIVATE) {
            return new Place(dmOf(user), Space.PRIVATE);
        }
        ConversationRef ref = new ConversationRef(Platform.DISCORD, channel.getId());
        if (!(channel instanceof GuildChannel gc) || !gc.getGuild().getId().equals(settings.guildId())) {
            return null;
        }
        if (channel.getId().equals(settings.volunteerChannelId())) {
            return new Place(ref, Space.VOLUNTEERS);
        }
        if (channel instanceof ThreadChannel thread
                && thread.getParentChannel().getId().equals(settings.volunteerChannelId())) {
            return new Place(ref, Space.VOLUNTEERS);
        }
        return new Place(ref, Space.GROUP);
    }

    private boolean holdsRole(Member member) {
        if (member == null || !settings.hasVolunteerRole()) {
            return false;
        }
        return member.getRoles().stream().anyMatch(r -> r.getId().equals(settings.volunteerRoleId()));
    }

    private static final String DM = "dm:";

    /**
     * A member's DM, addressed by the member rather than by the DM channel's id: the sender can open it again
     * at any time (after a restart JDA knows no DM channels), and no call to Discord is needed to name it.
     */
    static ConversationRef dmRef(String userId) {
        return new ConversationRef(Platform.DISCORD, DM + userId);
    }

    /** The user behind a {@link #dmRef}, or null when the chat id is a channel's. */
    static String dmUser(String chatId) {
        return chatId.startsWith(DM) && chatId.length() > DM.length() ? chatId.substring(DM.length()) : null;
    }

    private static ConversationRef dmOf(User user) {
        return dmRef(user.getId());
    }
}
