package dev.gazette.export.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A minimal reader of the SpreadsheetML Gazette writes, with the JDK's zip and XML parsers only
 * (not the library that wrote it): sheet names in order, each cell's type, value and number
 * format, and whether the header row is frozen.
 */
public final class XlsxReader {

    /** A cell: its XML type ({@code n}, {@code b}, {@code inlineStr}, {@code s}, ...), value, format, formula. */
    public record Cell(String type, String value, String format, boolean formula) {
    }

    /** A sheet: its rows of cells (null where a row has no cell in a column), and its frozen rows. */
    public record Sheet(String name, List<List<Cell>> rows, int frozenRows) {
    }

    private XlsxReader() {
    }

    public static List<Sheet> read(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Document wb = parse(zip, "xl/workbook.xml");
            Document rels = parse(zip, "xl/_rels/workbook.xml.rels");
            Map<String, String> targets = new LinkedHashMap<>();
            NodeList rs = rels.getElementsByTagName("Relationship");
            for (int i = 0; i < rs.getLength(); i++) {
                Element r = (Element) rs.item(i);
                targets.put(r.getAttribute("Id"), r.getAttribute("Target"));
            }
            List<String> formats = numberFormats(parse(zip, "xl/styles.xml"));
            List<Sheet> sheets = new ArrayList<>();
            NodeList ss = wb.getElementsByTagName("sheet");
            for (int i = 0; i < ss.getLength(); i++) {
                Element s = (Element) ss.item(i);
                String target = targets.get(s.getAttribute("r:id"));
                String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                sheets.add(sheet(s.getAttribute("name"), parse(zip, path), formats));
            }
            return sheets;
        }
    }

    private static Sheet sheet(String name, Document d, List<String> formats) {
        int frozen = 0;
        NodeList panes = d.getElementsByTagName("pane");
        if (panes.getLength() > 0) {
            Element p = (Element) panes.item(0);
            if ("frozen".equals(p.getAttribute("state")) && !p.getAttribute("ySplit").isEmpty()) {
                frozen = (int) Double.parseDouble(p.getAttribute("ySplit"));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        NodeList rowNodes = d.getElementsByTagName("row");
        for (int i = 0; i < rowNodes.getLength(); i++) {
            Element row = (Element) rowNodes.item(i);
            int r = Integer.parseInt(row.getAttribute("r")) - 1;
            while (rows.size() <= r) {
                rows.add(new ArrayList<>());
            }
            NodeList cells = row.getElementsByTagName("c");
            for (int j = 0; j < cells.getLength(); j++) {
                Element c = (Element) cells.item(j);
                int col = column(c.getAttribute("r"));
                List<Cell> list = rows.get(r);
                while (list.size() <= col) {
                    list.add(null);
                }
                String type = c.getAttribute("t").isEmpty() ? "n" : c.getAttribute("t");
                String value;
                if (type.equals("inlineStr")) {
                    value = c.getElementsByTagName("is").item(0).getTextContent();
                } else {
                    NodeList v = c.getElementsByTagName("v");
                    value = v.getLength() == 0 ? null : v.item(0).getTextContent();
                }
                String format = "";
                if (!c.getAttribute("s").isEmpty()) {
                    format = formats.get(Integer.parseInt(c.getAttribute("s")));
                }
                list.set(col, new Cell(type, value, format, c.getElementsByTagName("f").getLength() > 0));
            }
        }
        return new Sheet(name, rows, frozen);
    }

    /** The number format code of each cell style ({@code cellXfs}), "" for General. */
    private static List<String> numberFormats(Document styles) {
        Map<String, String> codes = new LinkedHashMap<>();
        NodeList fmts = styles.getElementsByTagName("numFmt");
        for (int i = 0; i < fmts.getLength(); i++) {
            Element f = (Element) fmts.item(i);
            codes.put(f.getAttribute("numFmtId"), f.getAttribute("formatCode"));
        }
        List<String> out = new ArrayList<>();
        Element cellXfs = (Element) styles.getElementsByTagName("cellXfs").item(0);
        NodeList xfs = cellXfs.getElementsByTagName("xf");
        for (int i = 0; i < xfs.getLength(); i++) {
            out.add(codes.getOrDefault(((Element) xfs.item(i)).getAttribute("numFmtId"), ""));
        }
        return out;
    }

    private static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            c = c * 26 + (ref.charAt(i) - 'A' + 1);
        }
        return c - 1;
    }

    private static Document parse(ZipFile zip, String name) throws Exception {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new IOException("no " + name + " in the workbook");
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = zip.getInputStream(e)) {
            return f.newDocumentBuilder().parse(in);
        }
    }
}
