package org.caseloadplanner.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Lends the connections of an open file, and lets the file be put aside for another (an import's finished copy)
 * once every lent connection is back: those asked for meanwhile wait, then come from the new file.
 */
final class SwitchingSource implements DataSource {

    /** Makes the pool that replaces the present one, which has been given back whole. */
    interface Replacement {
        JdbcConnectionPool after(JdbcConnectionPool closing) throws Exception;
    }

    private final Object lock = new Object();
    private JdbcConnectionPool pool;
    private int lent;
    private boolean switching;

    SwitchingSource(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        JdbcConnectionPool from;
        synchronized (lock) {
            while (switching) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("Interrupted while the database file was being put in place", e);
                }
            }
            from = pool;
            lent++;
        }
        try {
            return returning(from.getConnection());
        } catch (SQLException | RuntimeException e) {
            giveBack();
            throw e;
        }
    }

    /** The connection, counted back in when it is closed (once, however often close is called). */
    private Connection returning(Connection connection) {
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (closed.compareAndSet(false, true)) {
                            try {
                                connection.close();
                            } finally {
                                giveBack();
                            }
                        }
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack() {
        synchronized (lock) {
            lent--;
            lock.notifyAll();
        }
    }

    /**
     * Waits for every lent connection to come back, holds off new ones, and puts the replacement in place; when it
     * fails, the pool it was given stays (it may have been closed: the failure then says so on each use).
     */
    void switchTo(Replacement replacement) throws Exception {
        JdbcConnectionPool closing;
        synchronized (lock) {
            while (switching) {
                lock.wait();
            }
            switching = true;
            while (lent > 0) {
                lock.wait();
            }
            closing = pool;
        }
        try {
            JdbcConnectionPool next = replacement.after(closing);
            synchronized (lock) {
                pool = next;
            }
        } finally {
            synchronized (lock) {
                switching = false;
                lock.notifyAll();
            }
        }
    }

    /** The pool connections now come from. */
    JdbcConnectionPool current() {
        synchronized (lock) {
            return pool;
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The file's connections all log in alike");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
