package com.salondesk.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.app.TestSalon;
import com.salondesk.domain.tenant.TenantCommand;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskOpeningTest {

    @TempDir
    Path folder;

    @Test
    void aFolderWhoseFirstStartStoppedHalfWayIsNotSeededOnTopAgain() {
        try (DeskBackEnd interrupted = DeskBackEnd.open(folder, TestSalon.clock())) {
            interrupted.setup().registerTenant(EventContext.command(TestSalon.DESK, "demo-setup"),
                    new TenantCommand.Register("demo-salons", "Demo Salons Ltd", TestSalon.NOW));
        }

        assertThatThrownBy(() -> DeskOpening.open(folder, TestSalon.clock(), step -> { }))
                .isInstanceOf(DeskOpening.UnfinishedDataFolder.class)
                .hasMessageContaining("unfinished demo set-up");

        try (DeskBackEnd after = DeskBackEnd.open(folder, TestSalon.clock())) {
            assertThat(after.log().count()).as("nothing added").isEqualTo(1);
        }
    }

    @Test
    void aDeskWithAnIdentityOpensAsItself() {
        FrontDesk desk = TestSalon.open(folder);
        try {
            assertThat(desk.identity()).isEqualTo(TestSalon.DESK);
            assertThat(desk.userId()).isEqualTo(DeskOpening.FRONT_DESK_USER);
            assertThat(desk.command().tenantId()).isEqualTo(TestSalon.DESK.tenantId());
        } finally {
            desk.local().close();
        }
    }
}
