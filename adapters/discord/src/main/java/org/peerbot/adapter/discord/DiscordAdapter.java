package org.peerbot.adapter.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.peerbot.core.model.SlashCommand;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.PromptCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PeerBot on Discord: one JDA session for one server. Translates only; the engine decides.
 *
 * <p>Life cycle: {@link #start()} logs in, waits for READY (bounded) and registers the slash
 * commands; {@link #sender()} then delivers; {@link #close()} shuts JDA down and waits for it.
 */
public final class DiscordAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

    /**
     * Commands any member may use, in servers and in DMs: the registry's member menu without {@code /start}
     * (Telegram opens a private chat with it; a Discord DM needs no opener). Commands both members and
     * volunteers use ({@code /block}) are registered here once.
     */
    static final List<SlashCommand> MEMBER_COMMANDS = SlashCommand.memberMenu().stream()
            .filter(c -> c != SlashCommand.START).toList();
    /** Commands for volunteers, registered on the server only; the engine checks the roster on every use. */
    static final List<SlashCommand> VOLUNTEER_COMMANDS = SlashCommand.volunteerMenu();

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final DiscordSettings settings;
    private final ChatEventHandler handler;
    private final PromptCatalog catalog;
    private final Duration timeout;
    private final DiscordSender sender;
    private final ExecutorService events;
    private volatile JDA jda;

    public DiscordAdapter(DiscordSettings settings, ChatEventHandler handler, PromptCatalog catalog) {
        this(settings, handler, catalog, Duration.ofSeconds(10));
    }

    /** @param timeout the bound on every wait for Discord (one REST call, opening a DM) */
    DiscordAdapter(DiscordSettings settings, ChatEventHandler handler, PromptCatalog catalog, Duration timeout) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.sender = new DiscordSender(() -> jda, settings, timeout);
        // One event thread keeps each member's messages in the order Discord sent them.
        this.events = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "peerbot-discord-events");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The gateway intents: messages in the server and in DMs, their content (privileged: needed to
     * read what members write, for safety triage), and members joining only when the welcome is on
     * (privileged too). No presences, no voice.
     */
    static EnumSet<GatewayIntent> intents(DiscordSettings settings) {
        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES,
                GatewayIntent.MESSAGE_CONTENT);
        if (settings.welcome()) {
            intents.add(GatewayIntent.GUILD_MEMBERS);
        }
        return intents;
    }

    /** Connects and waits for READY; throws {@link IllegalStateException} when Discord does not answer in time. */
    public synchronized void start() {
        if (jda != null) {
            throw new IllegalStateException("Discord adapter already started");
        }
        List<SlashCommandData> memberCommands = memberCommands();
        List<SlashCommandData> volunteerCommands = volunteerCommands();
        CountDownLatch ready = new CountDownLatch(1);
        String gateway = settings.gatewayUrl();
        JDA built = JDABuilder.createLight(settings.token(), intents(settings))
                .setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }
                })
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                .setEventPool(events, false)
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onReady(ReadyEvent event) {
                        ready.countDown();
                    }
                }, new Inbound(settings, handler, catalog))
                .build();
        jda = built;
        try {
            if (!ready.await(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IllegalStateException("Discord did not become ready within " + READY_TIMEOUT.toSeconds()
                        + " s: check peerbot.discord.token and peerbot.discord.gateway-url");
            }
            registerCommands(built, memberCommands, volunteerCommands);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while connecting to Discord", e);
        }
        log.info("discord adapter ready, intents {}", intents(settings));
    }

    private void registerCommands(JDA api, List<SlashCommandData> member, List<SlashCommandData> volunteer) {
        try {
            api.updateCommands().addCommands(member).submit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            var guild = api.getGuildById(settings.guildId());
            if (guild == null) {
                log.warn("the bot is not in the configured server (peerbot.discord.guild-id): volunteer commands "
                        + "not registered");
                return;
            }
            guild.updateCommands().addCommands(volunteer).submit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Commands stay as they were registered last time; typed messages still work.
            log.warn("could not register slash commands: {}", e.getClass().getSimpleName());
        }
    }

    List<SlashCommandData> memberCommands() {
        List<SlashCommandData> commands = new ArrayList<>();
        for (SlashCommand c : MEMBER_COMMANDS) {
            commands.add(Commands.slash(c.word(), description(c.helpKey()))
                    .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
        }
        return commands;
    }

    List<SlashCommandData> volunteerCommands() {
        List<SlashCommandData> commands = new ArrayList<>();
        for (SlashCommand c : VOLUNTEER_COMMANDS) {
            String name = c.word();
            SlashCommandData command = Commands.slash(name, description(c.helpKey()))
                    .setContexts(InteractionContextType.GUILD);
            if (name.equals("transfer")) {
                command.addOptions(new OptionData(OptionType.USER, "volunteer",
                        optionDescription("transfer", "volunteer"), true));
            } else if (name.equals("duty")) {
                command.addOptions(new OptionData(OptionType.STRING, "state", optionDescription("duty", "state"), true)
                        .addChoice("on", "on").addChoice("off", "off"));
            }
            commands.add(command);
        }
        return commands;
    }

    private String optionDescription(String command, String option) {
        String key = "command." + command + "." + option + ".description";
        return description(catalog.has(key) ? key : "command." + command + ".description");
    }

    private String description(String key) {
        String text = catalog.text(key);
        if (text.isBlank() || text.length() > 100) {
            throw new IllegalArgumentException("prompt catalogue key '" + key
                    + "' must hold 1 to 100 characters for a Discord command description");
        }
        return text;
    }

    /** Sends to Discord; answers RetryAfter until {@link #start()} has run. */
    public MessageSender sender() {
        return sender;
    }

    public boolean connected() {
        JDA api = jda;
        return api != null && api.getStatus() == JDA.Status.CONNECTED;
    }

    @Override
    public synchronized void close() {
        JDA api = jda;
        if (api != null) {
            // Let requests in flight finish (interrupting them only produces errors; the outbox has the rest),
            // then cut off whatever is still waiting, such as a long rate-limit wait.
            api.shutdown();
            try {
                if (!api.awaitShutdown(Duration.ofSeconds(5))) {
                    api.shutdownNow();
                    if (!api.awaitShutdown(Duration.ofSeconds(5))) {
                        log.warn("discord did not shut down within 10 s");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        events.shutdownNow();
    }

    JDA jda() {
        return jda;
    }
}
