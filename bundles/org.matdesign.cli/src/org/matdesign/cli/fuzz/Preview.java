package org.matdesign.cli.fuzz;

/** The start of an input as one printable line, for reports: line breaks and other control bytes escaped. */
final class Preview {

    /** Bytes shown. */
    static final int LENGTH = 120;

    private Preview() {
    }

    static String of(byte[] content) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(LENGTH, content.length); i++) {
            int b = content[i] & 0xff;
            if (b == '\n') {
                sb.append("\\n");
            } else if (b == '\\') {
                sb.append("\\\\");
            } else if (b < 0x20 || b >= 0x7f) {
                sb.append(String.format("\\x%02x", b));
            } else {
                sb.append((char) b);
            }
        }
        if (content.length > LENGTH) {
            sb.append("... (").append(content.length).append(" bytes)");
        }
        return sb.toString();
    }

    static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }
}
