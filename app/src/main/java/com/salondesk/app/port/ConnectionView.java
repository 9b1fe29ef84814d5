package com.salondesk.app.port;

import java.net.URI;

/**
 * Which chain, branch and device this desk is, and the sync server it talks to.
 *
 * @param server null for a standalone desk
 */
public record ConnectionView(URI server, String tenantId, String branchId, String deviceId) {

    public boolean connected() {
        return server != null;
    }
}
