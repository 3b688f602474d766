package org.peerbot.app;

import org.peerbot.adapter.telegram.TelegramAdapter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Telegram webhook mode ({@code peerbot.telegram.mode=webhook}): for several instances behind a load balancer,
 * where only one long-poller per token is allowed. The secret-token header is checked by the adapter.
 */
@RestController
class TelegramWebhookController {

    private final PeerBotRuntime runtime;

    TelegramWebhookController(PeerBotRuntime runtime) {
        this.runtime = runtime;
    }

    @PostMapping(path = "/telegram/webhook", consumes = "application/json")
    ResponseEntity<Void> update(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false)
                                String secret, @RequestBody String body) {
        TelegramAdapter telegram = runtime.telegram();
        if (telegram == null) {
            return ResponseEntity.notFound().build();
        }
        return telegram.onWebhookUpdate(secret, body) ? ResponseEntity.ok().build()
                : ResponseEntity.status(401).build();
    }
}
