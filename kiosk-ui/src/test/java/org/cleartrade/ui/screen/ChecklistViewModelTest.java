package org.cleartrade.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.core.session.ChecklistItem;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.screen.checklist.ChecklistRow;
import org.cleartrade.ui.screen.checklist.ChecklistViewModel;
import org.cleartrade.ui.screen.inspection.InspectionViewModel;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;

class ChecklistViewModelTest {

    private final UiFixture ui = UiFixture.illinois();

    private static ChecklistRow row(java.util.List<ChecklistRow> rows, ChecklistItem.Topic topic) {
        return rows.stream().filter(r -> r.topic() == topic).findFirst().orElseThrow();
    }

    @Test
    void listsEveryItemWithItsReasonBeforeThePhoneIsDocked() {
        ui.machine().toChecklist();
        ChecklistViewModel vm = new ChecklistViewModel(ui.session(), ui.text());

        assertThat(vm.titleProperty().get()).isEqualTo("Before you sell");
        assertThat(vm.rows()).hasSize(ChecklistItem.Topic.values().length);
        ChecklistRow sim = row(vm.rows(), ChecklistItem.Topic.SIM);
        assertThat(sim.title()).isEqualTo("Take out your SIM card");
        assertThat(sim.why()).contains("bank codes");
        assertThat(sim.mark()).isEqualTo("•");
    }

    @Test
    void ticksOnlyWhatInspectionVerified() {
        ui.machine().toDock().inspected("pixel-8-clean");
        InspectionViewModel vm = new InspectionViewModel(ui.session(), ui.text());

        ChecklistRow accounts = row(vm.rows(), ChecklistItem.Topic.CLOUD_ACCOUNTS);
        assertThat(accounts.tick()).isEqualTo(ChecklistItem.Tick.VERIFIED);
        assertThat(accounts.mark()).isEqualTo("✓");
        assertThat(accounts.status()).isEqualTo("Checked by the kiosk: done");
        ChecklistRow backup = row(vm.rows(), ChecklistItem.Topic.BACKUP);
        assertThat(backup.mark()).isNotEqualTo("✓");
        assertThat(backup.status()).contains("Only you can do this");
    }

    @Test
    void followsALanguageSwitchWithoutANewSnapshot() {
        ui.machine().toChecklist();
        ChecklistViewModel vm = new ChecklistViewModel(ui.session(), ui.text());

        ui.text().switchTo(Language.CHINESE);

        assertThat(vm.titleProperty().get()).isEqualTo("出售前请先完成");
        assertThat(row(vm.rows(), ChecklistItem.Topic.SIM).title()).isEqualTo("取出 SIM 卡");
    }

    @Test
    void doneTellsTheSession() {
        ui.machine().toChecklist();
        new ChecklistViewModel(ui.session(), ui.text()).done();

        assertThat(ui.machine().sent()).last().isInstanceOf(SessionEvent.ChecklistDone.class);
        assertThat(ui.session().snapshot().phase()).isEqualTo(org.cleartrade.core.session.Phase.AWAIT_PHONE);
    }
}
