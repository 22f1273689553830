package org.caseloadplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseloadplanner.testsupport.Saves.saved;

import java.nio.file.Path;
import java.time.LocalDate;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.Limits;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsModelTest {

    @TempDir
    Path dir;
    private Register r;
    private Team team;
    private Worker amira;
    private LimitsModel model;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @BeforeEach
    void setUp() {
        r = new Register(dir);
        team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        for (int i = 0; i < 20; i++) {
            r.allocate(r.openCase("CH-" + i, CaseType.CIN, null), amira, LocalDate.of(2025, 2, 1),
                    ChangeReason.FCONTA, null);
        }
        model = new LimitsModel(r.caseloads, r.teams, r.workers, new CurrentThreadTaskExecutor(), feedback);
        model.load();
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void showsThePolicyInForce() {
        assertThat(model.greenUpToProperty().get()).isEqualTo("21");
        assertThat(model.redFromProperty().get()).isEqualTo("26");
        assertThat(model.roleFactor(Role.ASYE).get()).isEqualTo("0.9");
        assertThat(model.teamRows()).singleElement().satisfies(t -> assertThat(t.greenUpTo().get()).isEmpty());
    }

    @Test
    void aChangeTypedIsUnsavedUntilSavedOrDiscarded() {
        assertThat(model.pending()).as("as read").isFalse();
        model.greenUpToProperty().set("19");
        assertThat(model.pending()).isTrue();
        model.greenUpToProperty().set("21");
        assertThat(model.pending()).as("typed back as it was").isFalse();

        model.teamRows().get(0).greenUpTo().set("15");
        model.discard();
        assertThat(model.teamRows().get(0).greenUpTo().get()).isEmpty();
        assertThat(model.pending()).isFalse();

        model.greenUpToProperty().set("19");
        assertThat(saved(model::save)).isTrue();
        assertThat(model.pending()).isFalse();
        model.greenUpToProperty().set("20");
        model.discard();
        assertThat(model.greenUpToProperty().get()).as("back to what was saved").isEqualTo("19");
        assertThat(model.what()).isEqualTo("The caseload limits");
    }

    @Test
    void anOwnCapacityAddedIsUnsaved() {
        model.addCapacityOverride(amira);
        assertThat(model.pending()).isTrue();
        model.discard();
        assertThat(model.capacityRows()).isEmpty();
        assertThat(model.pending()).isFalse();
    }

    @Test
    void aTeamsOwnLimitsSavedReflagItsWorkersAtOnce() {
        assertThat(amiraNow().flag()).isEqualTo(LoadFlag.GREEN);
        LimitsModel.TeamRow row = model.teamRows().get(0);
        row.greenUpTo().set("15");
        row.redFrom().set("18");

        assertThat(saved(model::save)).isTrue();

        assertThat(r.caseloads.policy().limitsFor(team.id())).isEqualTo(new Limits(15, 18));
        assertThat(amiraNow().flag()).isEqualTo(LoadFlag.RED);
        assertThat(feedback.infos).last().asString().contains("every flag now follows them");
    }

    @Test
    void textThatIsNotANumberIsShownBesideItsFieldAndNothingIsSaved() {
        model.greenUpToProperty().set("twenty");
        model.roleFactor(Role.ASYE).set("");
        assertThat(saved(model::save)).isFalse();
        assertThat(model.errors().message(Limits.GREEN_UP_TO)).contains("Enter a number");
        assertThat(model.errors().message("role.ASYE")).isEqualTo("Enter a number.");
        assertThat(r.caseloads.policy().service()).isEqualTo(Limits.DEFAULT);
    }

    @Test
    void redMustStartAboveGreen() {
        model.redFromProperty().set("20");
        assertThat(saved(model::save)).isFalse();
        assertThat(model.errors().message(Limits.RED_FROM)).contains("no amber band");
        model.teamRows().get(0).greenUpTo().set("18");
        model.redFromProperty().set("26");
        assertThat(saved(model::save)).isFalse();
        assertThat(model.errors().message("team." + team.id() + "." + Limits.RED_FROM)).isEqualTo("Enter a number.");
    }

    @Test
    void aWorkersOwnCapacityStartsFromTheirsAndIsUsedOnceSaved() {
        Worker manager = r.workers.add(new Worker(0, "Tess Price", team.id(), Role.TEAM_MANAGER, 1.0,
                Employment.PERMANENT, LocalDate.of(2020, 1, 6), null, null, null));
        r.allocations.allocate(r.openCase("CH-900", CaseType.CIN, null).id(), manager.id(), LocalDate.of(2025, 2, 1),
                ChangeReason.FCONTA, null, "holds one case while the team is short");
        model.load();
        model.addCapacityOverride(manager);
        assertThat(model.capacityRows()).singleElement()
                .satisfies(c -> assertThat(c.capacity().get()).as("a team manager's share").isEqualTo("0"));
        model.capacityRows().get(0).capacity().set("0.3");
        assertThat(saved(model::save)).isTrue();
        assertThat(loadOf(manager).capacity()).isEqualTo(0.3);
        assertThat(loadOf(manager).flag()).isEqualTo(LoadFlag.GREEN);

        model.load();
        model.removeCapacityOverride(model.capacityRows().get(0));
        assertThat(saved(model::save)).isTrue();
        assertThat(loadOf(manager).capacity()).isEqualTo(0.0);
    }

    @Test
    void anOwnCapacityBelowTheUsualIsRefusedBesideItsFieldAsAReductionIsDatedNow() {
        model.addCapacityOverride(amira);
        String field = "worker." + amira.id();
        model.capacityRows().get(0).capacity().set("0.5");
        assertThat(model.errors().message(field)).isEqualTo("Below Amira Khan\u2019s usual capacity of 1 (1 FTE "
                + "\u00D7 1 for their role). Own capacity only raises it; a lower one is a reduction, dated now: "
                + "record it on the Workers screen with \u201CAdd absence\u2026\u201D.");
        assertThat(model.errors().isShown(field)).isTrue();
        assertThat(saved(model::save)).isFalse();
        assertThat(r.caseloads.policy().capacityOverride(amira.id())).isEmpty();

        model.capacityRows().get(0).capacity().set("1");
        assertThat(model.errors().message(field)).as("the usual itself is allowed").isNull();
        model.roleFactor(Role.SOCIAL_WORKER).set("0.8");
        model.capacityRows().get(0).capacity().set("0.9");
        assertThat(model.errors().message(field)).as("above the share as typed").isNull();
        model.roleFactor(Role.SOCIAL_WORKER).set("1");
        assertThat(model.errors().message(field)).as("a share raised above it refuses it").contains("usual capacity of 1");
    }

    @Test
    void theServiceRefusesAnOwnCapacityBelowTheUsualWhateverSavesIt() {
        ThresholdPolicy before = r.caseloads.policy();
        assertThatThrownBy(() -> r.caseloads.savePolicy(before.withCapacityOverride(amira.id(), 0.5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("worker." + amira.id());
                            assertThat(p.message()).contains("Add absence");
                        }));
        assertThat(r.caseloads.policy()).isEqualTo(before);
    }

    private WorkerLoad loadOf(Worker w) {
        return r.caseloads.loads(Fixtures.TODAY, null).stream().filter(l -> l.worker().id() == w.id()).findFirst()
                .orElseThrow();
    }

    @Test
    void restoringDefaultsClearsTeamLimitsButSavesNothingUntilAsked() {
        model.teamRows().get(0).greenUpTo().set("15");
        model.teamRows().get(0).redFrom().set("18");
        saved(model::save);
        model.restoreDefaults();
        assertThat(model.teamRows().get(0).greenUpTo().get()).isEmpty();
        assertThat(r.caseloads.policy().limitsFor(team.id())).isEqualTo(new Limits(15, 18));
        saved(model::save);
        assertThat(r.caseloads.policy().limitsFor(team.id())).isEqualTo(Limits.DEFAULT);
    }

    private WorkerLoad amiraNow() {
        return r.caseloads.loads(Fixtures.TODAY, null).get(0);
    }

    @Test
    void limitsAreCheckedAsTheyAreTypedAndSaveWaitsUntilAllAreRight() {
        assertThat(model.errors().isValid()).isTrue();
        model.redFromProperty().set("2");
        assertThat(model.errors().message(Limits.RED_FROM)).contains("no amber band");
        assertThat(model.errors().isShown(Limits.RED_FROM)).isTrue();
        assertThat(model.errors().isValid()).isFalse();
        model.redFromProperty().set("26");
        assertThat(model.errors().message(Limits.RED_FROM)).isNull();

        model.typeWeight(CaseType.CP).set("9");
        model.roleFactor(Role.ASYE).set("1.5");
        assertThat(model.errors().all()).as("the weights and the shares are both checked at once")
                .containsKeys(CaseType.CP.name(), "role.ASYE");
        model.typeWeight(CaseType.CP).set("1.5");
        model.roleFactor(Role.ASYE).set("0.9");
        assertThat(model.errors().isValid()).isTrue();

        model.teamRows().get(0).greenUpTo().set("18");
        assertThat(model.errors().message("team." + team.id() + "." + Limits.RED_FROM)).isEqualTo("Enter a number.");
        model.teamRows().get(0).redFrom().set("22");
        assertThat(model.errors().isValid()).isTrue();
    }
}
