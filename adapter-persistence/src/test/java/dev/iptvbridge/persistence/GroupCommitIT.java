package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static dev.iptvbridge.persistence.Fixture.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.iptvbridge.application.port.out.StoreOutcome;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.WorkKey;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Concurrent stores share commits (group commit): each store that returned is in the database, and a
 * commit that fails fails every store it held, and leaves none of them behind.
 */
class GroupCommitIT {

    // A prime, so that the threads' event ids spread over every account.
    private static final int ACCOUNTS = 37;

    @ContractTest
    void everyStoreThatReturnedFromManyConcurrentOnesIsInTheDatabase(Engine engine) throws Exception {
        try (Fixture db = Fixture.open(engine)) {
            int threads = 32;
            int perThread = 25;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<StoreOutcome>>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    start.await();
                    List<StoreOutcome> outcomes = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        long id = thread * 1000L + i;
                        outcomes.add(db.adapter.store(event(id, id % ACCOUNTS, T0)));
                    }
                    return outcomes;
                }));
            }
            start.countDown();
            for (Future<List<StoreOutcome>> outcomes : running) {
                assertThat(outcomes.get()).containsOnly(StoreOutcome.STORED);
            }
            pool.shutdown();

            assertThat(countRows(db.database, "inbox_event")).isEqualTo(threads * perThread);
            List<Long> queuedIds = new ArrayList<>();
            for (long account = 0; account < ACCOUNTS; account++) {
                queuedIds.addAll(db.adapter.find(WorkKey.account(account)).orElseThrow().eventIds());
            }
            assertThat(queuedIds).as("each event queued its account once").hasSize(threads * perThread)
                    .doesNotHaveDuplicates();
        }
    }

    @ContractTest
    void aFailedCommitFailsEveryStoreItHeldAndLeavesNoneOfThem(Engine engine) throws Exception {
        DatabaseSettings settings = engine.freshDatabase();
        try (HikariDataSource real = new HikariDataSource()) {
            real.setJdbcUrl(JdbcUrls.withAutoServer(settings.url()));
            real.setUsername(settings.username());
            real.setPassword(settings.password());
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean failing = new AtomicBoolean();
            AtomicInteger failedCommits = new AtomicInteger();
            DataSource failingCommits = commitsFailingWhile(real, failing, release, failedCommits);
            try (Database database = Database.open(failingCommits)) {
                database.migrate();
                PersistenceAdapter adapter = new PersistenceAdapter(database);
                failing.set(true);
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<StoreOutcome>> stores = new ArrayList<>();
                stores.add(pool.submit(() -> adapter.store(event(100, 1, T0))));
                await().atMost(Duration.ofSeconds(10)).until(() -> failedCommits.get() == 1);
                // The first commit hangs; seven more stores wait for the next one.
                for (int i = 1; i < 8; i++) {
                    long id = 100 + i;
                    stores.add(pool.submit(() -> adapter.store(event(id, id % 3, T0))));
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> adapter.waitingStores() == 7);
                release.countDown();

                for (Future<StoreOutcome> store : stores) {
                    ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                            store::get);
                    assertThat(failure.getCause()).isInstanceOf(TransientFailure.class);
                }
                pool.shutdown();
                assertThat(failedCommits.get()).as("the seven waiting stores shared one commit").isEqualTo(2);
                assertThat(countRows(database, "inbox_event")).isZero();
                assertThat(countRows(database, "work_queue")).isZero();

                failing.set(false);
                for (int i = 0; i < 8; i++) {
                    assertThat(adapter.store(event(100 + i, (100 + i) % 3, T0))).as("not half-stored before")
                            .isEqualTo(StoreOutcome.STORED);
                }
            }
        }
    }

    private static long countRows(Database database, String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    // While failing, each commit waits for release and then fails as a lost connection would.
    private static DataSource commitsFailingWhile(DataSource real, AtomicBoolean failing, CountDownLatch release,
                                                  AtomicInteger failedCommits) {
        return (DataSource) Proxy.newProxyInstance(GroupCommitIT.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(GroupCommitIT.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("commit") && failing.get()) {
                                    failedCommits.incrementAndGet();
                                    release.await();
                                    connection.rollback();
                                    throw new SQLTransientConnectionException("commit failed (the test's)", "08006");
                                }
                                Object made = invoke(connection, m, a);
                                return made instanceof PreparedStatement statement && StoreSql.POSTGRES_STORE.equals(a[0])
                                        ? autocommitFailingWhile(connection, statement, failing, release, failedCommits)
                                        : made;
                            });
                });
    }

    // A lone store on PostgreSQL runs in autocommit, where the statement's own commit is what fails: it fails
    // before it reaches the database, as when the connection is lost on the way.
    private static PreparedStatement autocommitFailingWhile(Connection connection, PreparedStatement statement,
                                                            AtomicBoolean failing, CountDownLatch release,
                                                            AtomicInteger failedCommits) {
        return (PreparedStatement) Proxy.newProxyInstance(GroupCommitIT.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                    if (m.getName().startsWith("execute") && failing.get() && connection.getAutoCommit()) {
                        failedCommits.incrementAndGet();
                        release.await();
                        throw new SQLTransientConnectionException("commit failed (the test's)", "08006");
                    }
                    return invoke(statement, m, a);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
