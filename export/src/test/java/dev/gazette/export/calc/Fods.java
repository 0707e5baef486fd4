package dev.gazette.export.calc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the sheets of a flat ODS file: every cell's value type, value, text and formula. */
final class Fods {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /**
     * A cell as Calc holds it.
     *
     * @param type    office:value-type (string, float, boolean, date, ...), or "" for an empty cell
     * @param value   office:value, office:boolean-value or office:date-value, or null
     * @param text    the displayed text: paragraphs joined by line breaks
     * @param formula table:formula, or null
     */
    record Cell(String type, String value, String text, String formula) {
        static final Cell EMPTY = new Cell("", null, "", null);

        boolean empty() {
            return type.isEmpty() && formula == null;
        }
    }

    private Fods() {
    }

    /** Sheet name to rows; trailing empty rows and cells are left out. */
    static Map<String, List<List<Cell>>> read(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(file.toFile());
        Map<String, List<List<Cell>>> sheets = new LinkedHashMap<>();
        NodeList tables = d.getElementsByTagNameNS(TABLE, "table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            List<List<Cell>> rows = new ArrayList<>();
            for (Element row : children(t, "table-row")) {
                int repeat = intAttr(row, "number-rows-repeated");
                List<Cell> cells = new ArrayList<>();
                for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element c && TABLE.equals(c.getNamespaceURI())
                            && (c.getLocalName().equals("table-cell") || c.getLocalName().equals("covered-table-cell"))) {
                        Cell cell = cell(c);
                        int times = intAttr(c, "number-columns-repeated");
                        for (int k = 0; k < times && (k < 1024 || !cell.empty()); k++) {
                            cells.add(cell);
                        }
                    }
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).empty()) {
                    cells.remove(cells.size() - 1);
                }
                for (int k = 0; k < repeat && (k < 1 || !cells.isEmpty()); k++) {
                    rows.add(cells);
                }
            }
            while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
                rows.remove(rows.size() - 1);
            }
            sheets.put(t.getAttributeNS(TABLE, "name"), rows);
        }
        return sheets;
    }

    private static Cell cell(Element c) {
        String type = c.getAttributeNS(OFFICE, "value-type");
        String value = null;
        for (String a : List.of("value", "boolean-value", "date-value", "time-value", "string-value")) {
            if (c.hasAttributeNS(OFFICE, a)) {
                value = c.getAttributeNS(OFFICE, a);
                break;
            }
        }
        String formula = c.hasAttributeNS(TABLE, "formula") ? c.getAttributeNS(TABLE, "formula") : null;
        List<String> paragraphs = new ArrayList<>();
        for (Node n = c.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element p && TEXT.equals(p.getNamespaceURI()) && p.getLocalName().equals("p")) {
                StringBuilder sb = new StringBuilder();
                text(p, sb);
                paragraphs.add(sb.toString());
            }
        }
        return type.isEmpty() && formula == null && paragraphs.isEmpty() ? Cell.EMPTY
                : new Cell(type, value, String.join("\n", paragraphs), formula);
    }

    private static void text(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element e && TEXT.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "s" -> sb.append(" ".repeat(Math.max(1, intAttrNs(e, TEXT, "c"))));
                    case "tab" -> sb.append('\t');
                    case "line-break" -> sb.append('\n');
                    default -> text(e, sb);
                }
            }
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList all = parent.getElementsByTagNameNS(TABLE, localName);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static int intAttr(Element e, String name) {
        return intAttrNs(e, TABLE, name);
    }

    private static int intAttrNs(Element e, String ns, String name) {
        String v = e.getAttributeNS(ns, name);
        return v.isEmpty() ? 1 : Integer.parseInt(v);
    }
}
