package org.matdesign.core.io;

/**
 * A structure file (or text) could not be read. Unchecked, so it passes through streams; the message always names
 * the source, the line when known, and the problem, e.g. {@code "BaTiO3.cif:14: missing _cell_length_b"}.
 */
public class StructureParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source  file name or other description of the input
     * @param line    1-based line number, or 0 when not applicable
     * @param problem what is wrong, in words
     */
    public StructureParseException(String source, int line, String problem) {
        this(source, line, problem, null);
    }

    public StructureParseException(String source, int line, String problem, Throwable cause) {
        super((source == null ? "<input>" : source) + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The file name or description of the input. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, 0 when unknown. */
    public int line() {
        return line;
    }

    /** The problem without source and line. */
    public String problem() {
        return problem;
    }
}
