package org.peerbot.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.peerbot.adapter.console.ConsoleSeat;
import org.peerbot.core.conversation.ConversationEngine;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.delivery.Dispatcher;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.conversation.PatientHandler;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.Stores;
import org.peerbot.store.jdbc.JdbcStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything PeerBot runs, built in order from the validated properties: stores, packs, engine,
 * dispatcher, adapters, and the periodic tick. Plain wiring; Spring only creates and closes it.
 */
public final class PeerBotRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PeerBotRuntime.class);

    private final PeerBotProperties props;
    private final Clock clock;
    private final DataSource dataSource;
    private final Stores stores;
    private final LivePacks packs;
    private final ConversationEngine engine;
    private final PatientHandler patient;
    private final Map<Platform, MessageSender> senders = new EnumMap<>(Platform.class);
    private final Map<Platform, DeliveryPolicy> policies = new EnumMap<>(Platform.class);
    private final EngineEvents events;
    /** The dispatcher of the current term holding the gateway (always, for one instance alone); null on standby. */
    private final AtomicReference<Dispatcher> dispatcher = new AtomicReference<>();
    private final ConsoleSeat console;
    private final PlatformAdapters adapters;
    private final JdbcStores.Leases leases;
    /** Null for one instance alone ({@code peerbot.instance.shared=false}). */
    private final GatewayLease lease;
    private ScheduledExecutorService ticker;

    public PeerBotRuntime(PeerBotProperties props, DataSource dataSource, Clock clock, EngineEvents events,
                          PrintStream consoleOut) {
        this(props, dataSource, clock, events, consoleOut, null);
    }

    /** {@code triageModel}: the semantic triage layer beside the rules, or null for the rules alone. */
    public PeerBotRuntime(PeerBotProperties props, DataSource dataSource, Clock clock, EngineEvents events,
                          PrintStream consoleOut, org.peerbot.core.port.SentenceModel triageModel) {
        this.props = props;
        this.clock = clock;
        this.dataSource = dataSource;
        String secret = secret(props);
        JdbcStores jdbc = JdbcStores.migrateAndOpen(dataSource, secret);
        this.stores = jdbc.stores();
        this.leases = jdbc.leases();
        this.events = events;
        this.packs = new LivePacks(props, triageModel);
        PromptCatalog prompts = packs.prompts();
        Roster roster = RosterMapping.roster(props.roster());

        Set<Platform> volunteerPlaces = volunteerPlaces(props);
        Runnable wake = () -> {
            Dispatcher d = dispatcher.get();
            if (d != null) {
                d.wake();
            }
        };
        EngineSettings settings = settings(props, volunteerPlaces);
        this.engine = new ConversationEngine(settings, packs::classify, prompts, packs.directory(), stores, roster,
                new IdentityKeys(secret), clock, events, wake).reloadingWith(packs);
        PeerBotProperties.Instance instance = props.instance();
        if (instance.shared() && props.telegram().enabled() && "webhook".equalsIgnoreCase(props.telegram().mode())) {
            // Every instance takes Telegram's updates: a conversation may change on another between two turns here.
            engine.sharingConversations();
        }
        // Adapters reach the engine through this: a database restart holds events instead of dropping them.
        this.patient = new PatientHandler(engine);

        if (props.consoleEnabled()) {
            Runnable drain = () -> dispatcher.get().drain(Platform.CONSOLE);
            this.console = new ConsoleSeat(patient, drain, prompts, consoleOut, clock);
            senders.put(Platform.CONSOLE, console.sender());
            policies.put(Platform.CONSOLE, DeliveryPolicy.unlimited());
        } else {
            this.console = null;
        }
        this.adapters = new PlatformAdapters(props, patient, prompts);
        adapters.senders().forEach(senders::put);
        adapters.policies().forEach(policies::put);
        if (instance.shared()) {
            if (props.consoleEnabled()) {
                throw new ConfigProblem("peerbot.instance.shared needs a platform: the console belongs to one "
                        + "instance.", "Set a Telegram or Discord token, or peerbot.instance.shared=false.");
            }
            this.lease = new GatewayLease(leases, instanceId(instance), instance.leaseTtl(), instance.leaseRenew(),
                    clock, new GatewayLease.Role() {
                        @Override
                        public void activate() {
                            takeGateway();
                        }

                        @Override
                        public void deactivate() {
                            leaveGateway();
                        }
                    });
        } else {
            this.lease = null;
            // One instance alone: the dispatcher exists from the start, as the console drains through it.
            dispatcher.set(new Dispatcher(stores, senders, policies, clock, events));
        }
    }

    private static String instanceId(PeerBotProperties.Instance instance) {
        if (instance.id() != null && !instance.id().isBlank()) {
            return instance.id().strip();
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "host";
        }
        return host + "-" + ProcessHandle.current().pid() + "-"
                + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 20, 1L << 30), 36);
    }

    private static EngineSettings settings(PeerBotProperties p, Set<Platform> volunteerPlaces) {
        PeerBotProperties.Handoff h = p.handoff();
        EngineSettings.Lead lead = RosterMapping.lead(p.safeguardingLead());
        return new EngineSettings(volunteerPlaces, h.holdingInterval(), h.claimLease(),
                h.sessionReminder(), h.coolDownAfterUrgent(), h.typicalWaitPerPerson(), p.welcome(), lead,
                p.retention().conversations(), p.retention().handoffs(), p.memberMessagesPerMinute(),
                RosterMapping.organisers(p.organisers()), h.matchWindow());
    }

    /** Where handoff cards go: every configured volunteers' place. */
    private static Set<Platform> volunteerPlaces(PeerBotProperties p) {
        Set<Platform> places = EnumSet.noneOf(Platform.class);
        if (p.consoleEnabled()) {
            places.add(Platform.CONSOLE);
        }
        if (p.telegram().enabled() && p.telegram().volunteerChatId() != null) {
            places.add(Platform.TELEGRAM);
        }
        if (p.discord().enabled() && p.discord().volunteerChannelId() != null) {
            places.add(Platform.DISCORD);
        }
        return places;
    }

    private static String secret(PeerBotProperties p) {
        if (p.secret() != null && !p.secret().isBlank()) {
            if (p.secret().length() < 16) {
                throw new ConfigProblem("peerbot.secret is too short.",
                        "Set PEERBOT_SECRET to a random string of at least 16 characters (32 or more is better).");
            }
            return p.secret();
        }
        if (p.telegram().enabled() || p.discord().enabled()) {
            throw new ConfigProblem("peerbot.secret is not set. It keys the hashes that protect members' ids.",
                    "Set the environment variable PEERBOT_SECRET to a long random string, for example the output "
                            + "of: openssl rand -base64 32");
        }
        return IdentityKeys.DEMO_SECRET;
    }

    /**
     * Starts the adapters, the dispatcher and the periodic tick. With several instances
     * ({@code peerbot.instance.shared}), what every instance does starts now, and the rest only while this one
     * holds the gateway lease.
     */
    public void start() {
        if (lease == null) {
            adapters.start();
            startDelivery();
        } else {
            adapters.startShared();
            lease.start();
        }
        log.info("PeerBot started: region {}, console {}{}", props.region().toLowerCase(Locale.ROOT),
                console != null, lease == null ? "" : ", instance " + lease.holder() + " (shared database)");
    }

    /** This instance took the gateway lease: what it cached may be stale; then poll, send and run the timers. */
    private synchronized void takeGateway() {
        engine.forgetCachedConversations();
        dispatcher.set(new Dispatcher(stores, senders, policies, clock, events));
        adapters.startGateway();
        startDelivery();
        long every = props.instance().outboxPoll().toMillis();
        // Replies written by other instances (webhook mode) or by turns finishing here after a handover: look often.
        ticker.scheduleWithFixedDelay(this::wakeDispatcher, every, every, TimeUnit.MILLISECONDS);
    }

    /** Lost or let go of the lease: no new events in, then no more sends or timers here. */
    private synchronized void leaveGateway() {
        adapters.stopGateway();
        stopDelivery();
    }

    private void wakeDispatcher() {
        Dispatcher d = dispatcher.get();
        if (d != null) {
            d.wake();
        }
    }

    private void startDelivery() {
        // The console is drained line by line so a piped script reads in order; the platforms get workers.
        dispatcher.get().start(adapters.senders().keySet());
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "peerbot-tick");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tickSafely, 5, 5, TimeUnit.SECONDS);
    }

    private void stopDelivery() {
        ScheduledExecutorService t = ticker;
        ticker = null;
        if (t != null) {
            t.shutdownNow();
        }
        Dispatcher d = dispatcher.getAndSet(null);
        if (d != null) {
            d.close();
        }
    }

    /** Whether this instance holds the gateway: always for one instance alone. */
    public boolean holdsGateway() {
        return lease == null || lease.held();
    }

    /** "single" (one instance alone), "held" or "standby". */
    public String gatewayRole() {
        return lease == null ? "single" : lease.held() ? "held" : "standby";
    }

    private void tickSafely() {
        try {
            engine.tick();
        } catch (RuntimeException e) {
            log.error("periodic work failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Each enabled platform's connection, for readiness. */
    public Map<String, Boolean> platformsConnected() {
        return adapters.connected(holdsGateway());
    }

    /** Unsent messages across platforms. */
    public long backlog() {
        long total = 0;
        for (Platform p : Platform.values()) {
            total += backlog(p);
        }
        return total;
    }

    /** Unsent messages for one platform; -1 when the database cannot be read (the gauge shows the gap). */
    public long backlog(Platform platform) {
        try {
            return stores.outbox().backlog(platform);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The Telegram adapter when Telegram is on (the webhook endpoint needs it); else null. */
    public org.peerbot.adapter.telegram.TelegramAdapter telegram() {
        return adapters.telegram();
    }

    public ConsoleSeat console() {
        return console;
    }

    public ConversationEngine engine() {
        return engine;
    }

    /** The dispatcher, or null while this instance stands by. */
    public Dispatcher dispatcher() {
        return dispatcher.get();
    }

    public Stores stores() {
        return stores;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        patient.close();
        if (lease != null) {
            // Stops the gateway here and lets the lease go, so a standby takes over at its next round.
            lease.close();
        } else {
            synchronized (this) {
                stopDelivery();
            }
        }
        adapters.close();
    }

    static PrintStream stdout() {
        return new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
    }
}
