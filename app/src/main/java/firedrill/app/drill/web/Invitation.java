package firedrill.app.drill.web;

import firedrill.app.drill.Drill;
import firedrill.engine.drill.DrillParticipants;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * The facilitator's side of "Invite participants" (FX thread): starts the web server on the address
 * the facilitator picked — nothing listens before — and mirrors the room (who joined, the proposals
 * waiting for a decision, what participants posted) into observable lists for the console. The room
 * lives as long as the drill, so stopping and restarting the server keeps everyone's token, and a
 * resumed drill takes its participants back. Server work runs on the background executor.
 */
public final class Invitation implements AutoCloseable {
    /** What the projector and the dialog show while the server runs. */
    public record Card(String url, String code, Image qr) {}

    /** An address to offer: the interface's name and the address. */
    public record Address(String label, String host) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The port offered first; the same port after a resume keeps the participants' URL. */
    public static final int DEFAULT_PORT = 8770;

    private final Drill drill;
    private final Executor background;
    private final Executor fx;
    private final Room room;
    private final ReadOnlyObjectWrapper<Card> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<Room.Person> people = FXCollections.observableArrayList();
    private final ObservableList<DrillParticipants.Proposal> pending = FXCollections.observableArrayList();
    private final ObservableList<DrillParticipants.Post> posts = FXCollections.observableArrayList();
    private volatile DrillWebServer server;

    public Invitation(Drill drill, Executor background, Executor fx) {
        this.drill = drill;
        this.background = background;
        this.fx = fx;
        this.room = new Room(drill, Secrets.joinCode());
        room.onChange(() -> fx.execute(this::refresh));
        refresh();
    }

    public Room room() {
        return room;
    }

    /** The addresses of this machine's interfaces that are up, loopback last (for a drill on one laptop). */
    public static List<Address> addresses() {
        List<Address> out = new ArrayList<>();
        List<Address> loop = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp()) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        Address x = new Address(ni.getDisplayName() + " — " + a.getHostAddress(), a.getHostAddress());
                        (a.isLoopbackAddress() ? loop : out).add(x);
                    }
                }
            }
        } catch (SocketException e) {
            org.slf4j.LoggerFactory.getLogger(Invitation.class).warn("Could not list the network interfaces", e);
        }
        out.addAll(loop);
        if (out.isEmpty()) {
            out.add(new Address("loopback — 127.0.0.1", "127.0.0.1"));
        }
        return out;
    }

    /** Starts serving on {@code host}:{@code port} (off the FX thread); the card appears when it listens. */
    public void start(String host, int port) {
        problem.set("");
        background.execute(() -> {
            try {
                DrillWebServer old = server;
                if (old != null) {
                    old.close();
                }
                DrillWebServer s = DrillWebServer.start(room, host, port, null);
                server = s;
                String url = s.url() + "#" + room.code();
                Card c = new Card(s.url(), room.code(), QrCode.image(url, 6));
                fx.execute(() -> card.set(c));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Invitation.class).warn("Could not start the participants' web view", e);
                fx.execute(() -> problem.set(e.getMessage()));
            }
        });
    }

    /** Stops listening (participants keep their tokens for when it starts again). */
    public void stop() {
        card.set(null);
        DrillWebServer s = server;
        server = null;
        if (s != null) {
            background.execute(s::close);
        }
    }

    @Override
    public void close() {
        DrillWebServer s = server;
        server = null;
        if (s != null) {
            s.close();
        }
    }

    public void approve(DrillParticipants.Proposal q) {
        act(() -> room.approve(q.id(), "facilitator"));
    }

    public void decline(DrillParticipants.Proposal q) {
        act(() -> room.decline(q.id(), "facilitator", null));
    }

    public void remove(Room.Person p) {
        act(() -> room.remove(p.id()));
    }

    private void act(Runnable r) {
        background.execute(() -> {
            try {
                r.run();
            } catch (Room.Refused | IllegalStateException e) {
                fx.execute(() -> problem.set(e.getMessage()));
            }
        });
    }

    private void refresh() {
        people.setAll(room.people());
        List<DrillParticipants.Proposal> p = new ArrayList<>();
        for (DrillParticipants.Proposal q : room.proposals()) {
            if (DrillParticipants.PENDING.equals(q.state())) {
                p.add(q);
            }
        }
        pending.setAll(p);
        posts.setAll(room.posts());
    }

    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<Room.Person> people() {
        return people;
    }

    public ObservableList<DrillParticipants.Proposal> pending() {
        return pending;
    }

    public ObservableList<DrillParticipants.Post> posts() {
        return posts;
    }

    public String drillTime(Integer tick) {
        return drill.spec().timeOf(tick == null ? 0 : tick);
    }
}
