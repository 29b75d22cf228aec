package org.oic.diwan.mandates;

import java.io.Closeable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.oic.diwan.access.Contacts;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Reminds the focal points of each organization, by e-mail in their language, of the follow-ups
 * due within a few days or overdue: one message per person and run, each follow-up at most once a
 * day. A message that could not be sent leaves no trace, so the next run sends it. Without an SMTP
 * server ({@code spring.mail.host}) nothing is sent.
 */
@Component
@ConditionalOnWebApplication // the server's work: a command is not running when reminders are due
public class Reminders implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final String from;
    private final String baseUrl;
    private final int daysBefore;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    Reminders(JdbcClient jdbc, Contacts contacts, ObjectProvider<JavaMailSender> mail, MessageSource messages, AuditTrail audit,
            @Value("${diwan.reminders.from:diwan@localhost}") String from,
            @Value("${diwan.base-url:http://localhost:8080}") String baseUrl,
            @Value("${diwan.reminders.days-before:14}") int daysBefore,
            @Value("${diwan.reminders.cron:0 0 7 * * MON-FRI}") String cron) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.mail = mail;
        this.messages = messages;
        this.audit = audit;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.daysBefore = daysBefore;
        if (!cron.equals("-")) {
            scheduler.setThreadNamePrefix("reminders-");
            scheduler.setDaemon(true);
            scheduler.initialize();
            scheduler.schedule(this::sendQuietly, new CronTrigger(cron));
        }
    }

    /** A follow-up to remind of. */
    record Due(UUID followUp, UUID mandate, String organization, String symbol, String resolution, String paragraph,
            List<String> actions, LocalDate dueDate, Integer dueSession, boolean overdue) {}

    /** Sends the reminders due today; the number of messages sent. */
    public int send() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.debug("No SMTP server configured (spring.mail.host): no reminders sent");
            return 0;
        }
        Map<String, List<Due>> byOrganization = new LinkedHashMap<>();
        for (Due due : dueNow()) {
            byOrganization.computeIfAbsent(due.organization(), k -> new ArrayList<>()).add(due);
        }
        int sent = 0;
        for (Map.Entry<String, List<Due>> organization : byOrganization.entrySet()) {
            for (Contacts.Contact contact : contacts.focalPoints(organization.getKey())) {
                List<Due> fresh = organization.getValue().stream().filter(d -> !remindedToday(d.followUp(), contact.email())).toList();
                if (fresh.isEmpty()) {
                    continue;
                }
                try {
                    sender.send(message(contact, fresh));
                } catch (MailException e) {
                    log.warn("Reminder to {} not sent, tried again at the next run: {}", contact.username(), e.getMessage());
                    continue;
                }
                for (Due d : fresh) {
                    jdbc.sql("insert into reminder (follow_up_id, sent_on, recipient) values (?, current_date, ?) on conflict do nothing")
                            .params(d.followUp(), contact.email()).update();
                }
                audit.record(new AuditEvent("diwan", null, "reminder.send", "person/" + contact.username(), "ok", null,
                        Map.of("followUps", fresh.size(), "organization", organization.getKey())));
                sent++;
            }
        }
        return sent;
    }

    private List<Due> dueNow() {
        return jdbc.sql("""
                select f.id, m.id, f.organization_code, d.symbol, m.resolution_key, coalesce(m.number, cast(m.position as text)), m.actions,
                       f.due_date, m.due_session, """ + Mandates.OVERDUE + """
                 as overdue
                from follow_up f join mandate m on m.id = f.mandate_id join document d on d.id = m.document_id
                where m.current and f.status in ('not-started', 'in-progress')
                  and (f.due_date <= current_date + ? or """ + Mandates.OVERDUE + """
                )
                order by f.organization_code, f.due_date nulls last, d.symbol, m.position
                """).param(daysBefore)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), List.of((String[]) rs.getArray(7).getArray()), rs.getObject(8, LocalDate.class),
                        (Integer) rs.getObject(9), rs.getBoolean(10)))
                .list();
    }

    private boolean remindedToday(UUID followUp, String recipient) {
        return jdbc.sql("select exists (select 1 from reminder where follow_up_id = ? and recipient = ? and sent_on = current_date)")
                .params(followUp, recipient).query(Boolean.class).single();
    }

    private SimpleMailMessage message(Contacts.Contact contact, List<Due> due) {
        Locale locale = Locale.forLanguageTag(contact.language());
        StringBuilder body = new StringBuilder();
        body.append(text("mail.reminder.greeting", locale, contact.displayName())).append("\n\n");
        body.append(text("mail.reminder.intro", locale, contact.organization())).append("\n\n");
        for (Due d : due) {
            String when = d.overdue() ? text("mail.reminder.overdue", locale, d.dueDate() != null ? d.dueDate() : session(d, locale))
                    : text("mail.reminder.due", locale, d.dueDate() != null ? d.dueDate() : session(d, locale));
            body.append(text("mail.reminder.line", locale, d.symbol() == null ? "" : d.symbol(), d.resolution() == null ? "" : d.resolution(),
                    d.paragraph(), String.join(", ", d.actions()), when)).append('\n');
            body.append("  ").append(baseUrl).append("/mandates/").append(d.mandate()).append('\n');
        }
        body.append('\n').append(text("mail.reminder.closing", locale)).append('\n');
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(contact.email());
        message.setSubject(text("mail.reminder.subject", locale, String.valueOf(due.size())));
        message.setText(body.toString());
        return message;
    }

    private String session(Due d, Locale locale) {
        return d.dueSession() == null ? "" : text("mail.reminder.session", locale, String.valueOf(d.dueSession()));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private void sendQuietly() {
        try {
            send();
        } catch (RuntimeException e) {
            log.error("Reminders not sent this time: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdown();
    }
}
