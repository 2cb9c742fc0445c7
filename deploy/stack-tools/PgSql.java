import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny stand-in for {@code psql -At}, used by deploy/stack: the PostgreSQL binaries from
 * Maven Central (zonky) carry only initdb, pg_ctl and postgres, no client tools.
 *
 * <p>Run as a single-file program with the JDBC driver on the class path:
 * <pre>java -cp postgresql-jdbc.jar PgSql.java --url URL [--user U] [--password P] (-c SQL | --gexec SQL)...</pre>
 * {@code -c} runs a statement and prints its rows tab-separated; {@code --gexec} runs a query and
 * then runs every cell of its result as a statement (like psql's \gexec), which makes
 * "create if missing" possible for CREATE DATABASE, a statement that cannot run inside DO blocks.
 */
public class PgSql {

    public static void main(String[] args) {
        String url = null;
        String user = "postgres";
        String password = "";
        List<String[]> steps = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length) {
                usage("missing value after " + arg);
            }
            String value = args[++i];
            switch (arg) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "-c", "--gexec" -> steps.add(new String[] {arg, value});
                default -> usage("unknown option " + arg);
            }
        }
        if (url == null || steps.isEmpty()) {
            usage("--url and at least one -c or --gexec are required");
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            for (String[] step : steps) {
                if (step[0].equals("-c")) {
                    run(statement, step[1]);
                } else {
                    for (String generated : cells(statement, step[1])) {
                        run(statement, generated);
                    }
                }
            }
        } catch (SQLException e) {
            System.err.println("PgSql: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(Statement statement, String sql) throws SQLException {
        boolean hasRows = statement.execute(sql);
        while (true) {
            if (hasRows) {
                try (ResultSet rows = statement.getResultSet()) {
                    print(rows);
                }
            } else if (statement.getUpdateCount() == -1) {
                return;
            }
            hasRows = statement.getMoreResults();
        }
    }

    private static void print(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        while (rows.next()) {
            StringBuilder line = new StringBuilder();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                if (column > 1) {
                    line.append('\t');
                }
                line.append(rows.getString(column));
            }
            System.out.println(line);
        }
    }

    private static List<String> cells(Statement statement, String query) throws SQLException {
        List<String> cells = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    String cell = rows.getString(column);
                    if (cell != null) {
                        cells.add(cell);
                    }
                }
            }
        }
        return cells;
    }

    private static void usage(String problem) {
        System.err.println("PgSql: " + problem);
        System.err.println("usage: java -cp postgresql-jdbc.jar PgSql.java --url URL [--user U] [--password P] (-c SQL | --gexec SQL)...");
        System.exit(2);
    }
}
