package io.vaultdesk.testing;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Meeting-note prose in the voice of the sample. It never contains `@`, `#`, `[`, `|`, `$`, `<`, backticks or
 * emoji, so nothing in it can be mistaken for a task field, a tag, a link, math or HTML.
 */
final class Prose {
    private static final List<String> SUMMARY_SENTENCES = List.of(
            "{p} and {p} discussed {t} for {a}, including {t} and {t}.",
            "They aligned on {t}, with {p} owning the next steps.",
            "{a} asked for {t} before {m}; the team agreed to prioritise {t}.",
            "The group reviewed {t} and flagged {t} as the main risk.",
            "{p} shared an update on {t}, and {a}’s leadership wants {t} by {m}.",
            "Next steps focus on {t} and a follow-up with {p} in {m}.",
            "There was agreement that {t} depends on {t}, which is still fluid.",
            "{p} raised concerns about {t}; {p} will validate the appetite with the wider team.");
    private static final List<String> FACT_SENTENCES = List.of(
            "{a} is evaluating {t} alongside {t}.",
            "Budget for {t} is roughly USD {n}M over {n} years.",
            "{p} is the main contact for {t}.",
            "Current plan of record uses {t}; {t} remains under review.",
            "Leadership at {a} expects a decision on {t} in {m}.",
            "A competing vendor is qualified for {t}, which is a key risk.",
            "The {m} tranche is larger than the initial one, with {t} still open.");
    private static final List<String> DECISION_SENTENCES = List.of(
            "{p} will own {t}; {p} supports.",
            "Proceed with {t} ahead of {t}.",
            "Defer {t} until {m}.",
            "Primary path is {t}; {t} is a parallel option if needed.",
            "No direct outreach to {a} leadership until {t} is settled.");

    private final Random random;
    private final VaultPools pools;

    Prose(Random random, VaultPools pools) {
        this.random = random;
        this.pools = pools;
    }

    String summary(String account) {
        return sentences(SUMMARY_SENTENCES, 4 + random.nextInt(5), account);
    }

    String paragraph(String account) {
        return sentences(FACT_SENTENCES, 2 + random.nextInt(3), account);
    }

    String fact(String account) {
        return sentence(pick(FACT_SENTENCES), account);
    }

    String decision(String account) {
        return sentence(pick(DECISION_SENTENCES), account);
    }

    /** A task description: plain words ending in a full stop, never containing a task field. */
    String taskDescription() {
        String description = pick(WordLists.ACTIONS) + " " + pick(WordLists.THINGS);
        return random.nextInt(3) == 0 ? description + " with " + firstName() + "." : description + ".";
    }

    String meetingTitle(String account, String project) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(WordLists.TOPICS) + " and " + pick(WordLists.TOPICS).toLowerCase(Locale.ROOT);
            case 1 -> account + " " + pick(WordLists.TOPICS).toLowerCase(Locale.ROOT);
            case 2 -> project + " " + pick(WordLists.TOPICS).toLowerCase(Locale.ROOT);
            default -> pick(WordLists.TOPICS) + " with " + firstName();
        };
    }

    String noteTitle() {
        return pick(WordLists.TOPICS) + " notes";
    }

    String role() {
        return pick(WordLists.ROLES);
    }

    String heading() {
        return pick(WordLists.HEADINGS);
    }

    private String sentences(List<String> templates, int count, String account) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(sentence(pick(templates), account));
        }
        return text.toString();
    }

    /** A filled template, capitalised: "the team" can start a sentence. */
    private String sentence(String template, String account) {
        String sentence = fill(template, account);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private String fill(String template, String account) {
        StringBuilder out = new StringBuilder(template.length() + 120);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
                out.append(slot(template.charAt(i + 1), account));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String slot(char kind, String account) {
        return switch (kind) {
            case 'p' -> random.nextBoolean() ? firstName() : pools.person().name();
            case 't' -> pick(WordLists.THINGS);
            case 'a' -> account;
            case 'm' -> pick(WordLists.MONTHS);
            case 'n' -> Integer.toString(1 + random.nextInt(9));
            default -> throw new IllegalArgumentException("No prose slot {" + kind + "}");
        };
    }

    private String firstName() {
        return pick(WordLists.FIRST_NAMES);
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
