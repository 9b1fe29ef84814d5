package com.salondesk.e2e.support;

import com.salondesk.persistence.desk.DeskIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One salon chain for a test: a tenant on a running {@link SyncServerProcess}, its enrolled devices (the
 * tokens headquarters printed) and the desks in this JVM, each in a data folder of its own.
 */
public final class Chain implements AutoCloseable {

    private static int tenants;

    private final SyncServerProcess server;
    private final Path folder;
    private final String tenantId;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<Desk> opened = new ArrayList<>();

    private Chain(SyncServerProcess server, Path folder, String tenantId) {
        this.server = server;
        this.folder = folder;
        this.tenantId = tenantId;
    }

    /**
     * A new tenant on {@code server} with the desks {@code deskNames}, all at the Soho branch. A device id is
     * unique on a server, so each desk's is its name after the tenant's ({@code chain-3-desk-a}).
     */
    public static Chain create(SyncServerProcess server, Path folder, String... deskNames) {
        String tenantId = "chain-" + nextTenant();
        server.createTenant(tenantId, "Chain " + tenantId);
        Chain chain = new Chain(server, folder, tenantId);
        for (String desk : deskNames) {
            chain.tokens.put(desk, server.enrol(tenantId, ChainData.BRANCH, chain.deviceId(desk)));
        }
        return chain;
    }

    /** The device id of the desk {@code deskName} of this chain. */
    public String deviceId(String deskName) {
        return tenantId + "-" + deskName;
    }

    private static synchronized int nextTenant() {
        return ++tenants;
    }

    /**
     * Connects a new desk {@code deskName}, records the chain's reference data on it and syncs it: the first
     * desk of the tenant, as headquarters' own desk would be.
     */
    public Desk founder(String deskName) {
        return founder(deskName, 0, 0);
    }

    /** As {@link #founder(String)}, with extra stylists and customers ({@link ChainData#stylist(int)}, ...). */
    public Desk founder(String deskName, int extraStylists, int extraCustomers) {
        Desk desk = connect(deskName);
        DeskIdentity identity = desk.identity();
        ChainData.record(desk.backEnd(), identity, Clock.system(ChainData.LONDON), extraStylists, extraCustomers);
        desk.startSync();
        desk.awaitInStepWith(events());
        return desk;
    }

    /** Connects a new, empty desk as {@code deskName} and brings it in step with the server. */
    public Desk joiner(String deskName) {
        Desk desk = connect(deskName);
        desk.startSync();
        desk.awaitInStepWith(events());
        return desk;
    }

    /** Opens a new desk in a folder of its own and connects it as {@code deskName}; it does not sync yet. */
    public Desk connect(String deskName) {
        Desk desk = Desk.open(deskFolder(deskName));
        opened.add(desk);
        desk.connect(server.uri(), token(deskName));
        return desk;
    }

    public Path deskFolder(String deskName) {
        Path desk = folder.resolve(deskName);
        try {
            Files.createDirectories(desk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return desk;
    }

    public String token(String deskName) {
        String token = tokens.get(deskName);
        if (token == null) {
            throw new IllegalArgumentException("no desk " + deskName + " was enrolled in " + tenantId);
        }
        return token;
    }

    /** The tenant's events as the server has them, read with the first device's token. */
    public ServerEvents events() {
        return new ServerEvents(server.uri(), tokens.values().iterator().next());
    }

    /**
     * Waits until all {@code desks} are in step with the server at once (a desk's rebase may move the head after
     * another desk was in step), and their read models show it.
     */
    public void awaitConverged(Desk... desks) {
        awaitConverged(Eventually.PATIENCE, desks);
    }

    /** As {@link #awaitConverged(Desk...)}, waiting at most {@code patience} (benchmarks). */
    public void awaitConverged(Duration patience, Desk... desks) {
        ServerEvents server = events();
        Eventually.await("the desks to converge", patience, () -> {
            long head = server.head();
            // The head is read again after: a desk that pushed meanwhile (a rebase's outcome, say) was in step
            // only with itself.
            return Arrays.stream(desks).allMatch(d -> d.inStepWith(head)) && server.head() == head;
        }, () -> Arrays.stream(desks).map(Desk::where).toList() + ", server head " + server.head());
        for (Desk desk : desks) {
            desk.backEnd().awaitProjections();
        }
    }

    public SyncServerProcess server() {
        return server;
    }

    public String tenantId() {
        return tenantId;
    }

    /** Closes every desk this chain opened that is still open. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (Desk desk : opened) {
            try {
                desk.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
