package org.caseloadplanner.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.ui.common.FieldErrors;

/** The "Connect to a council database" form: where the database is, who logs in, and what is wrong so far. */
public final class ConnectModel {

    public static final String SERVER = "server";
    public static final String PORT = "port";
    public static final String DATABASE = "database";
    public static final String USER = "user";
    /** Said under the TLS box when it is unticked. */
    public static final String PLAIN_RISK = "Unencrypted: your password and every child's record will cross the "
            + "network readable by anyone on it. Only for a server on this computer.";

    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final BooleanProperty tls = new SimpleBooleanProperty(true);
    private final StringProperty password = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    /** What an unencrypted connection risks, said beside the box the moment it is unticked; empty while ticked. */
    private final javafx.beans.binding.StringBinding plainRisk = javafx.beans.binding.Bindings.when(tls)
            .then("").otherwise(PLAIN_RISK);

    /**
     * @param last the address connected to last in this window, offered again; null for none
     * @param login the person's login on this computer, the usual database login
     */
    public ConnectModel(ServerAddress last, String login) {
        if (last != null) {
            server.set(last.host());
            port.set(String.valueOf(last.port()));
            database.set(last.database());
            user.set(last.user());
            tls.set(last.tls());
        } else {
            user.set(login == null ? "" : login);
        }
        errors.watch(SERVER, server, this::recheck);
        errors.watch(PORT, port, this::recheck);
        errors.watch(DATABASE, database, this::recheck);
        errors.watch(USER, user, this::recheck);
        recheck();
    }

    private void recheck() {
        errors.live(problems());
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        String host = server.get().strip();
        if (host.isEmpty()) {
            problems.add(new FieldProblem(SERVER, "Enter the server's name, such as db.council.local."));
        } else if (!host.matches("[A-Za-z0-9.:\\-\\[\\]]+")) {
            problems.add(new FieldProblem(SERVER, "A server's name has only letters, digits, dots and hyphens."));
        }
        if (portNumber().isEmpty()) {
            problems.add(new FieldProblem(PORT, "The port is a whole number from 1 to 65535 (usually 5432)."));
        }
        String name = database.get().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem(DATABASE, "Enter the database's name, as your council's IT gave it."));
        } else if (!name.matches("[A-Za-z0-9_\\-.]+")) {
            problems.add(new FieldProblem(DATABASE, "A database's name has only letters, digits, '_', '-' and '.'."));
        }
        String login = user.get().strip();
        if (login.isEmpty()) {
            problems.add(new FieldProblem(USER, "Enter your login for the council's database."));
        } else if (!login.matches("[A-Za-z0-9_\\-.@]+")) {
            problems.add(new FieldProblem(USER, "A login has only letters, digits and '_', '-', '.' or '@'."));
        }
        return problems;
    }

    private Optional<Integer> portNumber() {
        String text = port.get().strip();
        if (!text.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(text);
        return number >= 1 && number <= 65_535 ? Optional.of(number) : Optional.empty();
    }

    /** True when the form is right; otherwise every problem is shown beside its field. */
    public boolean check() {
        recheck();
        if (!errors.isValid()) {
            errors.revealAll();
            return false;
        }
        return true;
    }

    /** The address as typed; only once {@link #check} has passed. */
    public ServerAddress address() {
        return new ServerAddress(server.get().strip(), portNumber().orElseThrow(), database.get().strip(),
                user.get().strip(), tls.get());
    }

    /** The password typed, handed over once and then cleared from the form. */
    public char[] takePassword() {
        char[] typed = password.get().toCharArray();
        password.set("");
        return typed;
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public BooleanProperty tlsProperty() {
        return tls;
    }

    public javafx.beans.binding.StringBinding plainRisk() {
        return plainRisk;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public FieldErrors errors() {
        return errors;
    }
}
