package org.peerbot.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.peerbot.core.model.CrisisKind;

/**
 * The services directory for one region. Which services are offered depends only on region,
 * topic or crisis kind, and opening hours.
 */
public interface Directory {

    /**
     * One service as the bot shows it.
     *
     * @param id      stable id ("samaritans")
     * @param name    display name ("Samaritans")
     * @param contact how to reach it ("call 116 123")
     * @param hours   display hours ("any time", "Mon to Fri 9am to 6pm")
     * @param always  open 24/7
     * @param openNow open at the time asked
     */
    record ServiceInfo(String id, String name, String contact, String hours, boolean always, boolean openNow) {
    }

    /** The region code ("uk"). */
    String region();

    /**
     * The one line to offer someone who is not in crisis (asking for a person with nobody on duty, writing in a
     * language the bot cannot read): the first listening line open 24/7, else the first 24/7 crisis line that is
     * not the emergency number (Samaritans in the UK pack). Empty only for a pack with neither.
     */
    default java.util.Optional<ServiceInfo> listeningLine(Instant now) {
        String emergency = emergency().id();
        return forTopics(List.of("listening"), now).stream().filter(ServiceInfo::always)
                .filter(s -> !s.id().equals(emergency)).findFirst()
                .or(() -> crisisLines(CrisisKind.SELF_HARM, now).stream().filter(s -> !s.id().equals(emergency))
                        .findFirst());
    }

    /**
     * How the bot names local health services in its sentences: {@code doctor} ("your GP"), {@code doctor_cap}
     * ("Your GP"), {@code urgent_care} ("NHS 111"), {@code pharmacy} ("chemist"). The catalogue uses them as
     * placeholders; every key of the pack format's defaults is present.
     */
    java.util.Map<String, String> terms();

    /** The region's emergency number entry ("999"). */
    ServiceInfo emergency();

    /**
     * Lines for a crisis of this kind: always at least two services open 24/7 (for example Samaritans and
     * Shout), plus ones for the kind (Childline for abuse). Never only closed services.
     */
    List<ServiceInfo> crisisLines(CrisisKind kind, Instant now);

    /**
     * Services for topics such as {@code gp}, {@code pharmacy} ("chemist"), {@code urgent}, {@code diabetes},
     * {@code cancer}, {@code mental_health}, {@code listening}; in topic order, open ones first.
     * A closed service is never the only one offered: a 24/7 line is added when all are closed.
     */
    List<ServiceInfo> forTopics(Collection<String> topics, Instant now);
}
