package org.peerbot.core.port;

import java.time.Instant;
import java.util.Optional;

/** Volunteers' duty state and cool-downs, keyed by roster id. */
public interface VolunteerStore {

    record VolunteerState(String volunteerId, boolean onDuty, Instant coolDownUntil) {
    }

    Optional<VolunteerState> find(String volunteerId);

    void save(VolunteerState state);

    /** Ids of every volunteer now on duty. */
    java.util.List<String> onDuty();
}
