package org.caseloadplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.store.ServerAddress;
import org.junit.jupiter.api.Test;

class ConnectModelTest {

    @Test
    void aNewFormOffersThePersonsLoginTheUsualPortAndTlsAndWaitsForTheServerAndDatabase() {
        ConnectModel form = new ConnectModel(null, "jo.smith");
        assertThat(form.userProperty().get()).isEqualTo("jo.smith");
        assertThat(form.portProperty().get()).isEqualTo("5432");
        assertThat(form.tlsProperty().get()).isTrue();
        assertThat(form.plainRisk().get()).isEmpty();
        assertThat(form.errors().isValid()).isFalse();
        assertThat(form.check()).isFalse();
        assertThat(byField(form)).containsOnlyKeys(ConnectModel.SERVER, ConnectModel.DATABASE);
    }

    @Test
    void eachProblemIsNamedBesideItsFieldAndClearsTheMomentItIsRight() {
        ConnectModel form = new ConnectModel(null, "jo.smith");
        form.serverProperty().set("db council");
        form.portProperty().set("70000");
        form.databaseProperty().set("case load");
        form.userProperty().set(" ");
        assertThat(byField(form)).containsOnlyKeys(ConnectModel.SERVER, ConnectModel.PORT, ConnectModel.DATABASE,
                ConnectModel.USER);
        assertThat(byField(form).get(ConnectModel.PORT)).isEqualTo("The port is a whole number from 1 to 65535 "
                + "(usually 5432).");

        form.serverProperty().set("db.council.local");
        form.portProperty().set("6432");
        form.databaseProperty().set("caseload");
        form.userProperty().set("jo.smith");
        assertThat(byField(form)).isEmpty();
        assertThat(form.check()).isTrue();
        assertThat(form.address()).isEqualTo(new ServerAddress("db.council.local", 6432, "caseload", "jo.smith", true));
    }

    @Test
    void theLastAddressIsOfferedAgainButNeverAPassword() {
        ConnectModel form = new ConnectModel(new ServerAddress("db.council.local", 5432, "caseload", "sam.lead", false),
                "someone.else");
        assertThat(form.check()).isTrue();
        assertThat(form.userProperty().get()).isEqualTo("sam.lead");
        assertThat(form.tlsProperty().get()).isFalse();
        assertThat(form.passwordProperty().get()).isEmpty();
        form.passwordProperty().set("typed once");
        assertThat(form.takePassword()).containsExactly("typed once".toCharArray());
        assertThat(form.passwordProperty().get()).isEmpty();
    }

    @Test
    void untickingTlsSaysWhatAPlainConnectionRisksAndAsksForOneInSoManyWords() {
        ConnectModel form = new ConnectModel(null, "jo.smith");
        form.serverProperty().set("localhost");
        form.databaseProperty().set("caseload");
        form.tlsProperty().set(false);
        assertThat(form.plainRisk().get()).isEqualTo("Unencrypted: your password and every child's record will "
                + "cross the network readable by anyone on it. Only for a server on this computer.");
        assertThat(form.check()).isTrue();
        assertThat(form.address().toString()).endsWith("?unencrypted=true");
        form.tlsProperty().set(true);
        assertThat(form.plainRisk().get()).isEmpty();
        assertThat(form.address().tls()).isTrue();
    }

    private static Map<String, String> byField(ConnectModel form) {
        return form.problems().stream().collect(java.util.stream.Collectors.toMap(FieldProblem::field,
                FieldProblem::message));
    }
}
