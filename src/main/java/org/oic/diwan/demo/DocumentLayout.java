package org.oic.diwan.demo;

import org.oic.diwan.text.Language;

import java.util.List;

/** Lays out the blocks of one language version as plain text, Markdown or a small HTML page. */
final class DocumentLayout {

    private DocumentLayout() {
    }

    static String layout(List<Block> blocks, Language language, Style style) {
        List<Block> shown = language == Language.AR && style.arabicIndicDigits()
                ? blocks.stream().map(DocumentLayout::indicDigits).toList()
                : blocks;
        return switch (style.format()) {
            case TXT -> text(shown, style);
            case MD -> markdown(shown);
            case HTML -> html(shown, language);
        };
    }

    /** Symbols are identifiers and keep their Latin digits even in an Arabic-Indic document. */
    private static Block indicDigits(Block block) {
        if (block.kind() == Block.Kind.SYMBOL) {
            return block;
        }
        return new Block(block.kind(), Arabic.indicDigits(block.label()), Arabic.indicDigits(block.lead()),
                Arabic.indicDigits(block.text()));
    }

    private static String text(List<Block> blocks, Style style) {
        StringBuilder out = new StringBuilder(4096);
        out.append("\n".repeat(style.leadingBlankLines()));
        for (Block block : blocks) {
            String body = switch (block.kind()) {
                case HEADER -> block.text().replace("\n", style.spacedHeader() ? "\n\n" : "\n");
                case NUMBERED -> block.label() + " " + join(block.lead(), block.text());
                default -> join(block.lead(), block.text());
            };
            out.append(body).append("\n\n");
        }
        return trimEnd(out);
    }

    private static String markdown(List<Block> blocks) {
        StringBuilder out = new StringBuilder(4096);
        for (Block block : blocks) {
            String body = switch (block.kind()) {
                case SYMBOL -> block.text();
                case HEADER -> "**" + block.text().replace("\n", "**\n\n**") + "**";
                case NUMBER -> "## " + block.text().replace("\n", "\n\n");
                case TITLE -> "### " + block.text();
                case HEADING -> "#### " + block.text();
                case PARAGRAPH -> block.lead().isEmpty() ? block.text() : join("**" + block.lead() + "**", block.text());
                case NUMBERED -> block.label() + " " + join("**" + block.lead() + "**", block.text());
            };
            out.append(body).append("\n\n");
        }
        return trimEnd(out);
    }

    private static String html(List<Block> blocks, Language language) {
        StringBuilder out = new StringBuilder(6144);
        String symbol = blocks.getFirst().text();
        out.append("<!DOCTYPE html>\n")
                .append("<html lang=\"").append(language.code()).append("\" dir=\"").append(language.direction()).append("\">\n")
                .append("<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(symbol)).append("</title>\n</head>\n<body>\n");
        for (Block block : blocks) {
            String body = switch (block.kind()) {
                case SYMBOL -> "<p class=\"symbol\">" + escape(block.text()) + "</p>";
                case HEADER -> "<div class=\"header\">\n" + lines(block.text(), "<p>", "</p>") + "\n</div>";
                case NUMBER -> lines(block.text(), "<h2>", "</h2>");
                case TITLE -> "<h1>" + escape(block.text()) + "</h1>";
                case HEADING -> "<h3>" + escape(block.text()) + "</h3>";
                case PARAGRAPH -> "<p>" + emphasized(block) + "</p>";
                case NUMBERED -> "<p>" + escape(block.label()) + " " + emphasized(block) + "</p>";
            };
            out.append(body).append('\n');
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String emphasized(Block block) {
        if (block.lead().isEmpty()) {
            return escape(block.text());
        }
        return join("<strong>" + escape(block.lead()) + "</strong>", escape(block.text()));
    }

    private static String lines(String text, String open, String close) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(open).append(escape(line)).append(close);
        }
        return out.toString();
    }

    private static String join(String lead, String text) {
        if (lead.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? lead : lead + " " + text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String trimEnd(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end) + "\n";
    }
}
