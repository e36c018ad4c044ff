package io.vaultdesk.ui.board;

import io.vaultdesk.app.EditResult;
import io.vaultdesk.app.TaskChange;
import io.vaultdesk.app.TaskEdit;
import io.vaultdesk.app.TaskUndo;
import io.vaultdesk.app.Workspace;
import io.vaultdesk.app.board.Board;
import io.vaultdesk.app.board.BoardFilter;
import io.vaultdesk.app.board.BoardMove;
import io.vaultdesk.app.board.Grouping;
import io.vaultdesk.app.board.OwnerLanes;
import io.vaultdesk.app.board.TaskBoard;
import io.vaultdesk.index.TaskRow;
import io.vaultdesk.ui.MainViewModel;
import io.vaultdesk.ui.Place;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The task board's state: the vault's tasks (loaded off the FX thread whenever the index changes while the board
 * is shown), the filter and grouping, the arranged board, and the last edit, for Ctrl+Z.
 */
public final class TaskBoardModel {
    static final String MY_NAMES = "board.my-names";

    private final MainViewModel main;
    private final ObjectProperty<BoardFilter> filter = new SimpleObjectProperty<>(BoardFilter.OPEN);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.OWNER_FIRST);
    private final ObjectProperty<Board> board = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<TaskUndo>> undo = new SimpleObjectProperty<>(Optional.empty());
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    /** The tasks are being read and nothing is arranged yet: a vault's 300,000 tasks take seconds. */
    private final BooleanProperty reading = new SimpleBooleanProperty(false);
    private final ObservableSet<String> collapsed = FXCollections.observableSet();
    private TaskBoard tasks;
    private boolean stale = true;
    private boolean loading;
    private long arrangeRequest;

    public TaskBoardModel(MainViewModel main) {
        this.main = main;
        main.completeCatalogProperty().addListener((o, was, now) -> invalidate());
        main.workspaceProperty().addListener((o, was, now) -> {
            arrangeRequest++; // an arrangement of the previous vault's tasks still under way is dropped
            tasks = null;
            board.set(null);
            undo.set(Optional.empty());
            invalidate();
        });
        showing.addListener((o, was, now) -> {
            if (now && stale) {
                reload();
            }
        });
        filter.addListener((o, was, now) -> arrange());
        grouping.addListener((o, was, now) -> arrange());
    }

    /** The index changed: read the tasks again now if the board is on screen, else when it next is. */
    private void invalidate() {
        stale = true;
        if (showing.get()) {
            reload();
        }
    }

    /** One read at a time; changes that arrive meanwhile are picked up by one more read when it ends. */
    void reload() {
        Workspace w = main.workspaceProperty().get();
        if (w == null || loading) {
            return;
        }
        loading = true;
        stale = false;
        reading.set(board.get() == null);
        List<String> names = myNames();
        main.run(() -> new TaskBoard(w.tasks(), names), loaded -> {
            loading = false;
            if (main.workspaceProperty().get() != w) {
                reading.set(false);
                if (stale && showing.get()) {
                    reload(); // the vault changed while the previous one's tasks were read
                }
                return;
            }
            tasks = loaded;
            arrange();
            if (stale && showing.get()) {
                reload();
            }
        }, () -> { // reported: read again if the index changed meanwhile, else when it next changes or shows
            loading = false;
            reading.set(false);
            boolean changedMeanwhile = stale;
            stale = true;
            if (changedMeanwhile && showing.get()) {
                reload();
            }
        });
    }

    /** Arranging 50,000 tasks takes tens of milliseconds: off the FX thread, the newest request wins. */
    private void arrange() {
        TaskBoard source = tasks;
        Workspace w = main.workspaceProperty().get();
        if (source == null || w == null) {
            return;
        }
        long request = ++arrangeRequest;
        BoardFilter f = filter.get();
        Grouping g = grouping.get();
        main.run(() -> source.arrange(f, g, w.today()), arranged -> {
            if (request == arrangeRequest) {
                board.set(arranged);
                reading.set(false);
            }
        }, () -> {
            if (request == arrangeRequest) {
                reading.set(false);
            }
        });
    }

    public void edit(TaskRow task, TaskEdit edit) {
        Workspace w = main.workspaceProperty().get();
        if (w == null) {
            return;
        }
        main.run(() -> w.editTask(task, edit), (TaskChange change) -> {
            main.statusProperty().set(change.result().message());
            if (change.undo().isPresent()) {
                undo.set(change.undo());
            }
        });
    }

    /** Drops a card in another lane or column: its owner and due date are rewritten to match. */
    public void move(TaskRow task, BoardMove target) {
        Workspace w = main.workspaceProperty().get();
        if (w == null || tasks == null) {
            return;
        }
        BoardMove.Plan plan = target.plan(task, tasks.ownerLanes(), myNames(), w.today());
        if (plan.refusal() != null) {
            main.statusProperty().set(plan.refusal());
        }
        plan.edit().ifPresent(e -> edit(task, e));
    }

    /** Ctrl+Z: takes back the last task edit, under the same guard as the edit itself. */
    public void undo() {
        Workspace w = main.workspaceProperty().get();
        Optional<TaskUndo> last = undo.get();
        if (w == null || last.isEmpty()) {
            return;
        }
        undo.set(Optional.empty());
        main.run(() -> w.undo(last.get()), (EditResult result) -> main.statusProperty().set(result.message()));
    }

    public void open(TaskRow task) {
        main.open(new Place(task.path(), task.task().line()));
    }

    /** The lane a card is in now. */
    String ownerKey(TaskRow task) {
        return (tasks == null ? new OwnerLanes(myNames()) : tasks.ownerLanes()).key(task.task().owner());
    }

    public List<String> myNames() {
        return main.settings().get(MY_NAMES)
                .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList())
                .filter(l -> !l.isEmpty())
                .orElse(OwnerLanes.DEFAULT_NAMES);
    }

    /** The names that make a task the user's own ("Myself", their name): comma-separated. */
    public void setMyNames(String names) {
        main.settings().put(MY_NAMES, names.strip());
        main.saveSettings();
        tasks = null;
        stale = true;
        reload();
    }

    public ObjectProperty<BoardFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public ObjectProperty<Board> boardProperty() {
        return board;
    }

    public ObjectProperty<Optional<TaskUndo>> undoProperty() {
        return undo;
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading;
    }

    public BooleanProperty showingProperty() {
        return showing;
    }

    public ObservableSet<String> collapsed() {
        return collapsed;
    }

    MainViewModel main() {
        return main;
    }
}
