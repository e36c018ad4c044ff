package io.vaultdesk.bench;

import io.vaultdesk.vault.ContentHash;
import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkResolver;
import io.vaultdesk.vault.NoteParser;
import io.vaultdesk.vault.ParsedNote;
import io.vaultdesk.vault.VaultFile;
import io.vaultdesk.vault.VaultScanner;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parser's share of a full index, without I/O or H2: every note of a vault is read into memory once, then
 * hashed, decoded, parsed and its links resolved, pass after pass on one thread. (The indexer's pool also keeps
 * each bare link name's target, and copies the bodies: not measured here.)
 * Prints microseconds of CPU and kilobytes allocated per note for each pass; the allocation varies far less from
 * run to run than the CPU time does on a shared machine. {@code bench/parse-benchmark.sh [VAULT] [PASSES]}.
 */
public final class ParseBenchmark {
    private ParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args.length > 0 ? args[0] : "target/bench/vault-100000");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<VaultFile> files = new VaultScanner().scan(vault).stream().filter(VaultFile::isNote).toList();
        List<byte[]> bytes = new ArrayList<>(files.size());
        long total = 0;
        for (VaultFile f : files) {
            byte[] b = Files.readAllBytes(vault.resolve(f.path()));
            bytes.add(b);
            total += b.length;
        }
        LinkResolver resolver = new LinkResolver(files.stream().map(VaultFile::path).toList());
        System.out.printf(Locale.ROOT, "%,d notes, %,d MB%n", files.size(), total >> 20);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        NoteParser parser = new NoteParser();
        for (int pass = 1; pass <= passes; pass++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getThreadAllocatedBytes(self);
            long wall = System.nanoTime();
            long checksum = 0;
            for (int i = 0; i < files.size(); i++) {
                String path = files.get(i).path();
                checksum += ContentHash.of(bytes.get(i));
                ParsedNote note = parser.parse(path, bytes.get(i));
                for (Link link : note.links()) {
                    checksum += resolver.resolve(link, path).map(String::length).orElse(0);
                }
                checksum += note.tasks().size() + note.headings().size();
            }
            double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / files.size();
            double wallMicros = (System.nanoTime() - wall) / 1e3 / files.size();
            double kilobytes = (threads.getThreadAllocatedBytes(self) - allocated) / 1024.0 / files.size();
            System.out.printf(Locale.ROOT, "pass %d: %.1f µs CPU per note (%.1f µs wall), %.1f KB allocated per note,"
                    + " checksum %d%n", pass, cpuMicros, wallMicros, kilobytes, checksum);
        }
    }
}
