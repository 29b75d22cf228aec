package org.oic.diwan.mandates.report;

import com.openhtmltopdf.extend.FSDOMMutator;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Mirrors table rows that sit in right-to-left text, for openhtmltopdf only: it lays table
 * columns out left to right whatever the direction, where a browser puts the first column on the
 * right. Reversing the cells of each such row before layout gives the browser's picture; the
 * XHTML itself keeps cells in reading order.
 */
final class RightToLeftTables implements FSDOMMutator {

    @Override
    public void mutateDocument(Document document) {
        NodeList rows = document.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if ("rtl".equals(direction(row))) {
                reverseCells(row);
            }
        }
    }

    /** The direction the row inherits: the nearest {@code dir} attribute up the tree; ltr when none. */
    private static String direction(Element element) {
        for (Node node = element; node instanceof Element ancestor; node = node.getParentNode()) {
            if (ancestor.hasAttribute("dir")) {
                return ancestor.getAttribute("dir");
            }
        }
        return "ltr";
    }

    private static void reverseCells(Element row) {
        List<Node> cells = new ArrayList<>();
        for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
            cells.add(child);
        }
        for (int i = cells.size() - 1; i >= 0; i--) {
            row.appendChild(cells.get(i)); // appending a node already in the row moves it to the end
        }
    }
}
