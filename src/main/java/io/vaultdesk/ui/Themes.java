package io.vaultdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.vaultdesk.app.SystemTheme;
import javafx.application.Application;

/** Applies the light or dark Primer theme: the user's choice, or the system's preference when they chose none. */
final class Themes {
    private Themes() {
    }

    static void apply(MainViewModel model) {
        String choice = model.settings().get("theme").orElse("system");
        if (choice.equals("system")) {
            // Asking the desktop may start a process: not on the FX thread. Light until it answers.
            set(model, model.darkProperty().get());
            model.run(SystemTheme::prefersDark, dark -> set(model, dark));
        } else {
            set(model, choice.equals("dark"));
        }
    }

    private static void set(MainViewModel model, boolean dark) {
        // The precompiled (binary) stylesheet: parsing the 170 KB CSS text cost a good part of a second at launch.
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        model.darkProperty().set(dark);
    }
}
