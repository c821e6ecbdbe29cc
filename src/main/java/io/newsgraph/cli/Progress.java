package io.newsgraph.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/** Counts the bytes read from a file and draws a bar on one line; drawn only for files of 1 MB or more. */
final class Progress extends FilterInputStream {
    private static final long SHOWN_FROM = 1 << 20;
    private static final int WIDTH = 30;
    private final long size;
    private final PrintStream out;
    private long read;
    private int drawn = -1;

    Progress(InputStream in, long size, PrintStream out) {
        super(in);
        this.size = size;
        this.out = out;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        advance(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        advance(Math.max(n, 0));
        return n;
    }

    private void advance(int n) {
        read += n;
        if (size < SHOWN_FROM) {
            return;
        }
        int percent = (int) (100 * read / size);
        if (percent != drawn) {
            drawn = percent;
            int filled = percent * WIDTH / 100;
            out.printf(
                    "\r  reading [%s%s] %3d%% of %.1f MB",
                    "#".repeat(filled), " ".repeat(WIDTH - filled), percent, size / 1048576.0);
            if (percent == 100) {
                out.println();
            }
        }
    }
}
