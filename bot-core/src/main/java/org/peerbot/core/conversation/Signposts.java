package org.peerbot.core.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Button;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.Directory.ServiceInfo;
import org.peerbot.core.port.Directory;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.wording.ServiceLines;

/**
 * Signposts: the clinical boundary (a GP, a pharmacist, urgent care; never advice) and the list of services,
 * with the buttons that go under them. Which services are listed depends only on the topics named (safety rule 16, docs/safety-rules.md).
 */
final class Signposts {

    private final PromptCatalog catalog;
    private final Directory directory;

    Signposts(PromptCatalog catalog, Directory directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    String clinicalDeflection(TriageResult result, List<String> topics, Instant now) {
        List<String> order = new ArrayList<>();
        if (result.has(Signal.URGENT_SYMPTOM)) {
            order.add("urgent");
        }
        if (result.has(Signal.MEDICINE_QUESTION)) {
            order.add("medicine");
        }
        order.add("change");
        for (String k : List.of("medicine", "urgent")) {
            if (!order.contains(k)) {
                order.add(k);
            }
        }
        // A report with no question in it ("my neck has been stiff for weeks") is not met with "good question".
        boolean reportOnly = result.has(Signal.SYMPTOM_REPORT) && !result.has(Signal.MEDICINE_QUESTION)
                && !result.has(Signal.CHANGE_OR_DIAGNOSIS);
        StringBuilder b = new StringBuilder(catalog.text(reportOnly ? "clinical.boundary_report" : "clinical.boundary"));
        for (String k : order) {
            b.append(' ').append(catalog.text("clinical.ask_by_kind." + k));
        }
        b.append(' ').append(catalog.text("clinical.prescriber"));
        List<String> wanted = new ArrayList<>(List.of("gp", "pharmacist", "urgent"));
        // A named topic adds its own line (feeding a baby: the breastfeeding helpline), never replacing the GP.
        wanted.addAll(topics);
        List<ServiceInfo> services = directory.forTopics(wanted, now);
        if (!services.isEmpty()) {
            b.append("\n").append(ServiceLines.of(catalog, services));
        }
        b.append("\n\n").append(catalog.text("clinical.hand_back"));
        return b.toString();
    }

    String servicesText(List<String> topics, Instant now) {
        List<String> wanted = new ArrayList<>(topics);
        for (String t : List.of("gp", "urgent", "listening")) {
            if (!wanted.contains(t)) {
                wanted.add(t);
            }
        }
        return catalog.text("services.intro") + "\n" + ServiceLines.of(catalog, directory.forTopics(wanted, now)) + "\n\n"
                + catalog.text("services.more");
    }

    Action talkButton() {
        return new Action(catalog.text("button.talk"), new Button.Talk());
    }

    Action servicesButton() {
        return new Action(catalog.text("button.services"), new Button.Services());
    }
}
