package org.peerbot.adapter.discord;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
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
    private final DiscordSender sender;
    private final Duration timeout;

    Inbound(DiscordSettings settings, ChatEventHandler handler, PromptCatalog catalog, DiscordSender sender,
            Duration timeout) {
        this.settings = settings;
        this.handler = handler;
        this.catalog = catalog;
        this.sender = sender;
        this.timeout = timeout;
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
        Place place = place(message.getChannel());
        if (place == null) {
            return;
        }
        if (place.space == Space.PRIVATE) {
            sender.rememberDm(place.where.chatId(), author.getId());
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
            Place place = place(event.getChannel());
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

    /**
     * Where an interaction continues: the user's DM when {@code moveToDm} (null if it cannot be opened),
     * otherwise where it happened; a DM seen here is remembered so replies can reach it later.
     */
    private Place privately(Place place, User user, boolean moveToDm) {
        if (moveToDm) {
            ConversationRef dm = dmOf(user);
            return dm == null ? null : new Place(dm, Space.PRIVATE);
        }
        if (place.space == Space.PRIVATE) {
            sender.rememberDm(place.where.chatId(), user.getId());
        }
        return place;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        try {
            User user = event.getUser();
            Place place = place(event.getChannel());
            boolean inServerChannel = place != null && place.space == Space.GROUP
                    || place == null && event.isFromGuild();
            String ackKey = inServerChannel ? "discord.continue_in_dm" : "discord.command_received";
            event.reply(catalog.text(ackKey)).setEphemeral(true).setAllowedMentions(List.of())
                    .queue(null, e -> log.info("discord command {} ack failed: {}", event.getId(),
                            e.getClass().getSimpleName()));
            if (place == null && !event.isFromGuild()) {
                return;
            }
            // Anything said in a server channel is continued privately (safety rule 19).
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

    /** Where an event happened, or null for places the bot ignores (other servers, voice, ...). */
    private Place place(Channel channel) {
        if (channel == null) {
            return null;
        }
        ConversationRef ref = new ConversationRef(Platform.DISCORD, channel.getId());
        if (channel.getType() == ChannelType.PRIVATE) {
            return new Place(ref, Space.PRIVATE);
        }
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

    /** The user's DM channel (JDA caches it after the first open); null when Discord will not open one. */
    private ConversationRef dmOf(User user) {
        try {
            PrivateChannel dm = user.openPrivateChannel().submit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            sender.rememberDm(dm.getId(), user.getId());
            return new ConversationRef(Platform.DISCORD, dm.getId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            log.info("could not open a DM with a member: {}", e.getClass().getSimpleName());
            return null;
        }
    }
}
