package io.vaultdesk.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The libraries VaultDesk ships with and their licences, for the About box. */
record ThirdParty(String jarPrefix, String name, String version, String licence) {
    static List<ThirdParty> all() {
        List<ThirdParty> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ThirdParty.class.getResourceAsStream("third-party.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new ThirdParty(f[0], f[1], f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
