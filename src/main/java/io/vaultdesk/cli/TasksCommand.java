package io.vaultdesk.cli;

import io.vaultdesk.app.VaultException;
import io.vaultdesk.app.VaultSession;
import io.vaultdesk.app.VaultTasks;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.IndexedTask;
import io.vaultdesk.index.TaskRow;
import io.vaultdesk.vault.TaskStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "Bring the index up to date and list the vault's tasks, as a table or as JSON.")
final class TasksCommand implements Callable<Integer> {
    enum StatusChoice { open, done, all }

    @Mixin
    VaultOptions options;

    @Option(names = "--owner", paramLabel = "NAME", description = "only tasks of this owner (case-insensitive)")
    String owner;

    @Option(names = "--due-before", paramLabel = "DATE", description = "only tasks due before DATE (YYYY-MM-DD)")
    LocalDate dueBefore;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "open",
            description = "open (open and in progress, the default), done (done and cancelled) or all")
    StatusChoice status;

    @Option(names = "--json", description = "print a JSON array of objects instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<TaskRow> rows;
        try (VaultSession session = options.open()) {
            session.sync(IndexProgress.NONE);
            rows = new VaultTasks(session).all();
        } catch (VaultException e) {
            throw new CliFailure(e.getMessage(), VaultDeskCli.USER_ERROR);
        }
        List<TaskRow> chosen = rows.stream().filter(this::wanted)
                .sorted(Comparator.comparing(TaskRow::path).thenComparingInt(r -> r.task().line())).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(chosen.stream().map(TasksCommand::object).toList()));
        } else {
            table(out, chosen);
        }
        out.flush();
        return 0;
    }

    private boolean wanted(TaskRow r) {
        IndexedTask t = r.task();
        boolean statusOk = switch (status) {
            case open -> t.isOpen();
            case done -> !t.isOpen();
            case all -> true;
        };
        return statusOk && (owner == null || t.owner().equalsIgnoreCase(owner.strip()))
                && (dueBefore == null || t.due().map(d -> d.isBefore(dueBefore)).orElse(false));
    }

    static String statusName(TaskStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> object(TaskRow r) {
        IndexedTask t = r.task();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("path", r.path());
        o.put("line", t.line());
        o.put("status", statusName(t.status()));
        o.put("owner", t.owner().isEmpty() ? null : t.owner());
        o.put("due", t.due().map(LocalDate::toString).orElse(null));
        o.put("priority", t.priority().name().toLowerCase(Locale.ROOT));
        o.put("description", t.description());
        o.put("tags", t.tags());
        o.put("heading", t.heading());
        o.put("note_title", r.noteTitle());
        o.put("note_date", r.noteDate().orElse(null));
        return o;
    }

    private static void table(PrintWriter out, List<TaskRow> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"DUE", "PRIORITY", "STATUS", "OWNER", "WHERE", "TASK"});
        for (TaskRow r : rows) {
            IndexedTask t = r.task();
            cells.add(new String[] {t.due().map(LocalDate::toString).orElse("-"),
                    t.priority().name().toLowerCase(Locale.ROOT), statusName(t.status()),
                    t.owner().isEmpty() ? "-" : t.owner(), r.path() + ":" + t.line(), t.description()});
        }
        int[] width = new int[5];
        for (String[] row : cells) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                line.append(row[i]).append(" ".repeat(width[i] - row[i].codePointCount(0, row[i].length()) + 2));
            }
            out.println(line.append(row[5]).toString().stripTrailing());
        }
        out.println(rows.size() + (rows.size() == 1 ? " task" : " tasks"));
    }
}
