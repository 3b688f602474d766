package org.peerbot.core.port;

/** The stores the engine uses, together, with the transactions that span them. */
public record Stores(Transactions tx, ConversationStore conversations, HandoffStore handoffs,
                     VolunteerStore volunteers, BlockStore blocks, Outbox outbox, ProcessedEvents events,
                     Tallies tallies) {
}
