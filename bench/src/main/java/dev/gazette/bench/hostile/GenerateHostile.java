package dev.gazette.bench.hostile;

import java.nio.file.Path;

/**
 * Writes the hostile-input matrix ({@link HostileInputs}) for the benchmark:
 * {@code GenerateHostile --scale N --out DIR}.
 */
public final class GenerateHostile {

    private GenerateHostile() {
    }

    public static void main(String[] args) throws Exception {
        int scale = 5;
        Path out = Path.of("hostile");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: GenerateHostile [--scale N] [--out DIR]");
            }
        }
        for (HostileInputs.Case c : HostileInputs.write(out, scale)) {
            System.out.println(c.file() + "\t" + c.rule() + "\t" + c.what());
        }
    }
}
