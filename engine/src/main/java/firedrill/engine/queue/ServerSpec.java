package firedrill.engine.queue;

import java.util.List;

/**
 * An overloadable request-serving component: {@code seats} concurrent requests (the seats of exempt
 * levels are not counted), a server-side {@code timeoutSeconds} after which a waiting or running
 * request is answered with an error, its priority levels and its client classes. Immutable; a
 * {@link RequestServer} holds the mutable state (and the settings actions change).
 */
public record ServerSpec(double seats, double timeoutSeconds, List<PriorityLevel> levels, List<ClientClass> clients) {
    public ServerSpec {
        if (seats < 0 || !(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("server needs seats >= 0 and timeoutSeconds > 0");
        }
        levels = List.copyOf(levels);
        clients = List.copyOf(clients);
        if (levels.isEmpty() || clients.isEmpty()) {
            throw new IllegalArgumentException("server needs at least one priority level and one client class");
        }
        for (int i = 0; i < levels.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (levels.get(i).name().equals(levels.get(j).name())) {
                    throw new IllegalArgumentException("duplicate priority level " + levels.get(i).name());
                }
            }
        }
        for (int i = 0; i < clients.size(); i++) {
            ClientClass k = clients.get(i);
            if (indexOf(levels, k.level()) < 0) {
                throw new IllegalArgumentException("client class " + k.name() + ": unknown priority level " + k.level());
            }
            for (int j = 0; j < i; j++) {
                if (k.name().equals(clients.get(j).name())) {
                    throw new IllegalArgumentException("duplicate client class " + k.name());
                }
            }
        }
    }

    /** Index of the level with this name, or -1. */
    public int level(String name) {
        return indexOf(levels, name);
    }

    /** Index of the client class with this name, or -1. */
    public int client(String name) {
        for (int i = 0; i < clients.size(); i++) {
            if (clients.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(List<PriorityLevel> levels, String name) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
