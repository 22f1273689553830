package org.caseloadplanner.service.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of a right DfE file, loaded over one loaded before: each is loaded whole or refused with
 * every problem named in its file, and a refused one leaves the file kept before byte for byte as it was.
 */
class PublishedFileFuzzTest {

    private static final int FILES = 300;

    @TempDir
    Path dir;

    @Test
    void everyDamagedFileIsLoadedWholeOrRefusedLeavingWhatWasKept() throws Exception {
        Path folder = dir.resolve("published");
        PublishedLibrary library = PublishedLibrary.in(folder);
        byte[] right = sample().getBytes(StandardCharsets.UTF_8);
        Path first = dir.resolve("first.csv");
        Files.write(first, right);
        assertThat(library.load(first).loaded()).isTrue();
        Path kept = folder.resolve(PublishedLibrary.UPDATES);

        Random random = new Random(20261203);
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < FILES; i++) {
            byte[] before = Files.readAllBytes(kept);
            Path file = dir.resolve("damaged-" + i + ".csv");
            Files.write(file, damage(right, random));
            PublishedLibrary.Outcome outcome = library.load(file);
            if (outcome.loaded()) {
                loaded++;
                assertThat(outcome.rows()).isPositive();
                // What was kept reads back whole, the newer rows in it.
                assertThat(PublishedLibrary.in(folder).warning()).isEmpty();
            } else {
                refused++;
                assertThat(outcome.problems()).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.file()).isEqualTo(file.getFileName().toString());
                    assertThat(p.message()).isNotBlank();
                });
                assertThat(Files.readAllBytes(kept)).as("file %d refused", i).isEqualTo(before);
            }
        }
        assertThat(loaded + refused).isEqualTo(FILES);
        assertThat(refused).isGreaterThan(FILES / 2);
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactly(PublishedLibrary.UPDATES);
    }

    /** A right file of three rows in the DfE's columns. */
    private static String sample() {
        String header = String.join(",", IndicatorsFile.requiredColumns());
        String figures = ",150.0,20,30,20,20,11.8,25,14.3,70,1300,18.6,4.1";
        return header + "\n"
                + "2026,National,E92000001,England,,,,," + figures.substring(1).replace("150.0", "36000") + "\n"
                + "2026,Local authority,E92000001,England,E12000005,West Midlands,332,Dudley" + figures + "\n"
                + "2026,Local authority,E92000001,England,E12000005,West Midlands,335,Walsall" + figures + "\n";
    }

    /** One to three of: a byte flipped, cut short, a quote or comma put in, a line doubled, a cell made text. */
    private static byte[] damage(byte[] right, Random random) {
        byte[] b = Arrays.copyOf(right, right.length);
        int times = 1 + random.nextInt(3);
        for (int t = 0; t < times; t++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = Arrays.copyOf(b, Math.max(1, at));
                case 2 -> b = insert(b, at, (byte) '"');
                case 3 -> b = insert(b, at, (byte) ',');
                case 4 -> {
                    String text = new String(b, StandardCharsets.UTF_8);
                    String[] lines = text.split("\n", -1);
                    int line = random.nextInt(lines.length);
                    b = (text + lines[line] + "\n").getBytes(StandardCharsets.UTF_8);
                }
                default -> b = new String(b, StandardCharsets.UTF_8).replaceFirst(",1300,", ",many,")
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte value) {
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, at);
        out[at] = value;
        System.arraycopy(b, at, out, at + 1, b.length - at);
        return out;
    }
}
