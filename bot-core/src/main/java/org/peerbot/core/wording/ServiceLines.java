package org.peerbot.core.wording;

import java.util.List;
import java.util.Map;
import org.peerbot.core.port.Directory.ServiceInfo;
import org.peerbot.core.port.PromptCatalog;

/** Services as the bot lists them: one "- name: contact (hours)." line each, from {@code services.line}. */
public final class ServiceLines {

    private ServiceLines() {
    }

    public static String of(PromptCatalog catalog, List<ServiceInfo> services) {
        StringBuilder b = new StringBuilder();
        for (ServiceInfo s : services) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append("- ").append(Templates.fill(catalog.text("services.line"),
                    Map.of("name", s.name(), "contact", s.contact(), "hours", s.hours())));
        }
        return b.toString();
    }
}
