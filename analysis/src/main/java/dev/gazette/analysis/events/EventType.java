package dev.gazette.analysis.events;

import java.util.List;

/** The kinds of events extracted: the labels used in files and tables. */
final class EventType {

    static final List<String> ALL = List.of("meeting", "talks", "visit", "phone_call", "signing");
    static final String LABELS = String.join(", ", ALL);

    private EventType() {
    }

    static boolean isKnown(String type) {
        return ALL.contains(type);
    }
}
