package dev.gazette.export.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting wrapper over the JDK's {@link XMLStreamWriter}: the StAX writer escapes,
 * this class adds line breaks and two-space indents, and replaces characters XML 1.0 cannot
 * hold at all (control characters, lone surrogates) with U+FFFD, since article text quoted in
 * messages may contain them.
 */
final class XmlOutput implements AutoCloseable {

    private final XMLStreamWriter xml;
    private int depth;
    private boolean hasChildren;

    XmlOutput(Writer out) throws IOException {
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    XmlOutput start(String name) throws IOException {
        try {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(name);
            depth++;
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /** Writes an element without content; attributes may follow. */
    XmlOutput empty(String name) throws IOException {
        try {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeEmptyElement(name);
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    XmlOutput attribute(String name, Object value) throws IOException {
        try {
            xml.writeAttribute(name, clean(String.valueOf(value)));
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /** Writes character content and closes the current element on the same line. */
    XmlOutput text(String text) throws IOException {
        try {
            xml.writeCharacters(clean(text));
            depth--;
            xml.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    XmlOutput end() throws IOException {
        try {
            depth--;
            if (hasChildren) {
                xml.writeCharacters("\n" + "  ".repeat(depth));
            }
            xml.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /** Replaces what XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE/U+FFFF, lone surrogates). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }

    private static IOException wrap(XMLStreamException e) {
        return new IOException("cannot write XML: " + e.getMessage(), e);
    }
}
