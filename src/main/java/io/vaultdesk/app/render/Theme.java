package io.vaultdesk.app.render;

/** The colour scheme of the page; it follows the app's AtlantaFX Primer light or dark theme. */
public enum Theme {
    LIGHT, DARK;

    String cssClass() {
        return this == DARK ? "theme-dark" : "theme-light";
    }

    String colorScheme() {
        return this == DARK ? "dark" : "light";
    }
}
