package org.oic.diwan.web.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core in the page: injected, run against WCAG 2.1 A and AA, and what it finds of impact
 * serious or critical returned with the rule, its help and the nodes it names.
 */
final class Axe {

    static final Set<String> FAILING = Set.of("serious", "critical");

    record Violation(String page, String rule, String impact, String help, List<String> nodes) {
        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ") " + help + "\n      " + String.join("\n      ", nodes);
        }
    }

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                resultTypes: ['violations']
            }).then(r => done(r.violations.map(v => ({
                id: v.id, impact: v.impact || '', help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
            })))).catch(e => done('axe failed: ' + e));
            """;

    private Axe() {}

    /** Every violation on the page now shown, of whatever impact; the caller decides which fail. */
    @SuppressWarnings("unchecked")
    static List<Violation> check(JavascriptExecutor browser, String page) {
        browser.executeScript(BrowserSupport.axe());
        Object result = browser.executeAsyncScript(RUN);
        if (!(result instanceof List<?> list)) {
            throw new IllegalStateException(page + ": " + result);
        }
        return list.stream().map(o -> (Map<String, Object>) o)
                .map(v -> new Violation(page, (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        ((List<Object>) v.get("nodes")).stream().map(String::valueOf).limit(8).toList()))
                .toList();
    }
}
