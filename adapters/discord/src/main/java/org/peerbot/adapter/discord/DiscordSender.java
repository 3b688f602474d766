package org.peerbot.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.port.MessageSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Core messages to Discord calls. One attempt per send (JDA itself waits out 429s and retries
 * 502/503/504 a few times within the bounded wait); the dispatcher owns every other retry.
 * Never throws for platform trouble and never logs message text.
 *
 * <p>A text longer than one message is sent as several parts, buttons under the last; if a later
 * part fails the whole send reports the failure, so a retry may repeat earlier parts: a repeated
 * part is better than a lost one for the kind of text this bot sends.
 */
final class DiscordSender implements MessageSender {

    private static final Logger log = LoggerFactory.getLogger(DiscordSender.class);
    private static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);
    static final Duration PASSING_FAULT_DELAY = Duration.ofSeconds(5);

    private final Supplier<JDA> jda;
    private final DiscordSettings settings;
    private final Duration timeout;
    /** Handoff id to its thread id, so a retried HandoffRoom send does not open a second thread. */
    private final Cache<String, String> rooms = Caffeine.newBuilder().maximumSize(10_000).build();

    DiscordSender(Supplier<JDA> jda, DiscordSettings settings, Duration timeout) {
        this.jda = jda;
        this.settings = settings;
        this.timeout = timeout;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        JDA api = jda.get();
        if (api == null || api.getStatus() == JDA.Status.SHUTDOWN || api.getStatus() == JDA.Status.SHUTTING_DOWN) {
            return new SendResult.RetryAfter(PASSING_FAULT_DELAY, "discord not connected");
        }
        try {
            Address to = message.to();
            if (to instanceof Address.Chat chat) {
                MessageChannel channel = channel(api, chat.ref().chatId());
                if (channel == null) {
                    return new SendResult.Failed("unknown or inaccessible channel");
                }
                return post(channel, message, false);
            } else if (to instanceof Address.PrivateChatOf dm) {
                return post(await(api.openPrivateChannelById(dm.userId())), message, false);
            } else if (to instanceof Address.VolunteerPlace) {
                TextChannel channel = api.getTextChannelById(settings.volunteerChannelId());
                if (channel == null) {
                    return new SendResult.Failed("volunteer channel not visible to the bot");
                }
                return post(channel, message, true);
            } else if (to instanceof Address.HandoffRoom room) {
                return room(api, room, message);
            } else if (to instanceof Address.Ephemeral eph) {
                return ephemeral(api, eph, message);
            }
            return new SendResult.Failed("unsupported address");
        } catch (Throwable t) {
            return failure(t);
        }
    }

    // ------------------------------------------------------------------ addresses

    /**
     * A member's DM is addressed by the member ({@link Inbound#dmRef}), so it can always be opened again: after a
     * restart JDA knows no DM channels until someone writes, and a queued reply must still reach them.
     */
    private MessageChannel channel(JDA api, String id) throws Exception {
        String dmUser = Inbound.dmUser(id);
        if (dmUser != null) {
            return await(api.openPrivateChannelById(dmUser));
        }
        if (!id.matches("[0-9]{1,20}")) {
            return null;
        }
        MessageChannel channel = api.getChannelById(MessageChannel.class, id);
        return channel != null ? channel : api.getPrivateChannelById(id);
    }

    private SendResult room(JDA api, Address.HandoffRoom room, OutboundMessage message) throws Exception {
        TextChannel parent = api.getTextChannelById(settings.volunteerChannelId());
        if (parent == null) {
            return new SendResult.Failed("volunteer channel not visible to the bot");
        }
        String known = rooms.getIfPresent(room.handoffId());
        ThreadChannel thread = known == null ? null : api.getThreadChannelById(known);
        if (thread == null) {
            String title = room.title() == null || room.title().isBlank() ? "Handoff" : room.title();
            if (title.length() > 100) {
                title = title.substring(0, 100);
            }
            // Private and not invitable: only the bot, the volunteer and moderators see it. Archived only after a
            // week of silence, the longest Discord allows: the bot cannot find an archived thread it has not seen.
            thread = await(parent.createThreadChannel(title, true)
                    .setInvitable(false)
                    .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_1_WEEK));
            rooms.put(room.handoffId(), thread.getId());
            log.info("opened handoff thread {} for a handoff", thread.getId());
        }
        if (room.volunteerUserId() != null && !room.volunteerUserId().isBlank()) {
            await(thread.addThreadMemberById(room.volunteerUserId()));
        }
        SendResult result = post(thread, message, false);
        if (result instanceof SendResult.Sent sent) {
            return new SendResult.Sent(sent.platformMessageId(), ref(thread.getId()));
        }
        return result;
    }

    private SendResult ephemeral(JDA api, Address.Ephemeral eph, OutboundMessage message) throws Exception {
        if (eph.handle() == null || eph.handle().isBlank()) {
            return new SendResult.Failed("no interaction handle");
        }
        InteractionHook hook = InteractionHook.from(api, eph.handle());
        if (message.text().isBlank()) {
            // Nothing to say: remove the deferred "thinking" placeholder the press left behind.
            await(hook.deleteOriginal());
            return new SendResult.Sent(null, null);
        }
        hook.setEphemeral(true);
        String first = null;
        for (String part : Render.split(Render.escape(message.text()), Render.CONTENT_LIMIT)) {
            Message sent = await(hook.sendMessage(new MessageCreateBuilder()
                    .setContent(part)
                    .setAllowedMentions(NO_MENTIONS)
                    .build()));
            if (first == null) {
                first = sent.getId();
            }
        }
        return new SendResult.Sent(first, null);
    }

    // ------------------------------------------------------------------ posting

    private SendResult post(MessageChannel channel, OutboundMessage message, boolean asEmbed) throws Exception {
        String text = Render.escape(message.text());
        List<ActionRow> rows = Render.rows(message.actions());
        if (message.editOf() != null && !message.editOf().isBlank()) {
            return edit(channel, message, text, rows, asEmbed);
        }
        List<String> parts = Render.split(text, asEmbed ? Render.EMBED_LIMIT : Render.CONTENT_LIMIT);
        String first = null;
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            MessageCreateBuilder builder = new MessageCreateBuilder().setAllowedMentions(NO_MENTIONS);
            if (asEmbed) {
                builder.setEmbeds(new EmbedBuilder().setDescription(parts.get(i)).build());
            } else {
                builder.setContent(parts.get(i));
            }
            if (last) {
                builder.setComponents(rows);
            }
            MessageCreateData data = builder.build();
            if (data.getContent().isEmpty() && data.getEmbeds().isEmpty() && data.getComponents().isEmpty()) {
                return new SendResult.Failed("empty message");
            }
            Message sent = await(channel.sendMessage(data));
            if (first == null) {
                first = sent.getId();
            }
        }
        return new SendResult.Sent(first, ref(channel));
    }

    private SendResult edit(MessageChannel channel, OutboundMessage message, String text, List<ActionRow> rows,
                            boolean asEmbed) throws Exception {
        MessageEditBuilder builder = new MessageEditBuilder().setAllowedMentions(NO_MENTIONS).setComponents(rows);
        if (asEmbed) {
            String description = text.length() > Render.EMBED_LIMIT ? text.substring(0, Render.EMBED_LIMIT) : text;
            builder.setEmbeds(new EmbedBuilder().setDescription(description).build());
        } else {
            // An edit replaces one message: longer text is cut at a sensible point (cards are short).
            builder.setContent(Render.split(text, Render.CONTENT_LIMIT).get(0));
        }
        MessageEditData data = builder.build();
        Message edited = await(channel.editMessageById(message.editOf(), data));
        return new SendResult.Sent(edited.getId(), ref(channel));
    }

    private static ConversationRef ref(MessageChannel channel) {
        return ref(channel.getId());
    }

    private static ConversationRef ref(String id) {
        return new ConversationRef(Platform.DISCORD, id);
    }

    /** Bounded wait; on timeout the request is cancelled so that it cannot land after we said "retry". */
    private <T> T await(RestAction<T> action) throws Exception {
        CompletableFuture<T> future = action.submit();
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    // ------------------------------------------------------------------ errors

    /** Maps a failure to a result whose reason names a code or class, never text. */
    static SendResult failure(Throwable t) {
        if (t instanceof ErrorResponseException e) {
            return fromErrorResponse(e);
        }
        if (t instanceof RateLimitedException e) {
            return new SendResult.RetryAfter(Duration.ofMillis(Math.max(e.getRetryAfter(), 1000)), "rate limited");
        }
        if (t instanceof TimeoutException) {
            log.info("discord send timed out");
            return new SendResult.RetryAfter(PASSING_FAULT_DELAY, "timeout");
        }
        if (t instanceof IOException) {
            log.info("discord send I/O fault: {}", t.getClass().getSimpleName());
            return new SendResult.RetryAfter(PASSING_FAULT_DELAY, "io " + t.getClass().getSimpleName());
        }
        if (t instanceof InsufficientPermissionException e) {
            log.warn("discord send: bot lacks permission {}", e.getPermission());
            return new SendResult.Failed("missing permission " + e.getPermission().name());
        }
        if (t instanceof InterruptedException) {
            return new SendResult.RetryAfter(PASSING_FAULT_DELAY, "interrupted");
        }
        if (t instanceof java.util.concurrent.CancellationException) {
            return new SendResult.RetryAfter(PASSING_FAULT_DELAY, "cancelled");
        }
        log.warn("discord send failed: {}", t.getClass().getName());
        return new SendResult.Failed("unexpected " + t.getClass().getSimpleName());
    }

    private static SendResult fromErrorResponse(ErrorResponseException e) {
        int status = e.getResponse() == null ? -1 : e.getResponse().code;
        if (e.isServerError() || status == -1 || status >= 500) {
            log.info("discord passing fault, status {}", status);
            return new SendResult.RetryAfter(PASSING_FAULT_DELAY, "discord " + (status == -1 ? "io" : status));
        }
        if (status == 429) {
            return new SendResult.RetryAfter(PASSING_FAULT_DELAY, "rate limited");
        }
        ErrorResponse code = e.getErrorResponse();
        log.info("discord refused a send: {} ({})", code, e.getErrorCode());
        return new SendResult.Failed(describe(code, e.getErrorCode(), status));
    }

    private static String describe(ErrorResponse code, int errorCode, int status) {
        return switch (code) {
            case CANNOT_SEND_TO_USER -> "cannot DM user (50007)";
            case UNKNOWN_CHANNEL -> "unknown channel (10003)";
            case MISSING_ACCESS -> "missing access (50001)";
            case MISSING_PERMISSIONS -> "missing permissions (50013)";
            case UNKNOWN_MESSAGE -> "unknown message (10008)";
            case UNKNOWN_USER -> "unknown user (10013)";
            case UNKNOWN_INTERACTION, UNKNOWN_WEBHOOK -> "interaction expired (" + errorCode + ")";
            default -> "discord error " + errorCode + " status " + status;
        };
    }
}
