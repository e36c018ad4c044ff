package io.vaultdesk.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A note being generated: its text, and the facts about that text which the oracle needs. */
final class NoteDraft {
    private final String path;
    private final StringBuilder frontmatter = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final List<TaskFact> tasks = new ArrayList<>();
    private final Set<LinkFact> frontmatterLinks = new LinkedHashSet<>();
    private final Set<LinkFact> bodyLinks = new LinkedHashSet<>();
    private boolean hasFrontmatter;
    private boolean frontmatterBroken;
    private boolean frontmatterMakesMeeting;
    private Optional<String> meetingAccount = Optional.empty();

    NoteDraft(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    /** Appends one or more complete frontmatter lines (each ending in a newline). */
    NoteDraft frontmatter(String lines) {
        hasFrontmatter = true;
        frontmatter.append(lines);
        return this;
    }

    NoteDraft body(String text) {
        body.append(text);
        return this;
    }

    NoteDraft line(String text) {
        body.append(text).append('\n');
        return this;
    }

    void task(TaskFact task) {
        tasks.add(task);
    }

    void frontmatterLink(LinkFact link) {
        frontmatterLinks.add(link);
    }

    void bodyLink(LinkFact link) {
        bodyLinks.add(link);
    }

    /** Records what the (valid) frontmatter says about this note being a meeting, and for which account. */
    void meeting(boolean isMeeting, Optional<String> account) {
        frontmatterMakesMeeting = isMeeting;
        meetingAccount = account;
    }

    /** Adds YAML that no parser accepts: the note then has no properties at all. */
    void breakFrontmatter(String invalidYaml) {
        frontmatter(invalidYaml);
        frontmatterBroken = true;
    }

    boolean frontmatterBroken() {
        return frontmatterBroken;
    }

    String text() {
        return hasFrontmatter ? "---\n" + frontmatter + "---\n" + body : body.toString();
    }

    List<TaskFact> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    /** The links a correct indexer finds: frontmatter ones only count when the frontmatter parses. */
    Set<LinkFact> countedLinks() {
        Set<LinkFact> links = new LinkedHashSet<>(bodyLinks);
        if (!frontmatterBroken) {
            links.addAll(frontmatterLinks);
        }
        return links;
    }

    boolean isMeeting() {
        return frontmatterMakesMeeting && !frontmatterBroken;
    }

    Optional<String> meetingAccount() {
        return isMeeting() ? meetingAccount : Optional.empty();
    }
}
