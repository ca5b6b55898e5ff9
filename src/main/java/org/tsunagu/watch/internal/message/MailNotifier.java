package org.tsunagu.watch.internal.message;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.tsunagu.watch.Notifier;
import org.tsunagu.watch.internal.chain.EmailAddresses;

/**
 * E-mail over SMTP (Spring's mail sender, configured by {@code spring.mail.host} and friends). The
 * Message-ID is derived from the de-duplication key, so a message sent again after a crash is the
 * same message to the receiver's mail program. Without a mail server configured — the README's
 * first command — messages are only kept, and the demo mailbox (送信メッセージ) shows them.
 */
@Component
class MailNotifier implements Notifier {

  private final ObjectProvider<JavaMailSender> sender;
  private final String from;

  MailNotifier(
      ObjectProvider<JavaMailSender> sender,
      @Value("${tsunagu.watch.mail-from:mimamori@tsunagu.invalid}") String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public String channel() {
    return "email";
  }

  @Override
  public boolean accepts(String address) {
    return EmailAddresses.valid(address);
  }

  @Override
  public boolean send(String address, String subject, String body, String dedupeKey)
      throws Exception {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      return true;
    }
    String messageId = "<" + dedupeKey + "@tsunagu>";
    MimeMessage message =
        new MimeMessage(mail.createMimeMessage().getSession()) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
    helper.setFrom(from);
    helper.setTo(address);
    helper.setSubject(subject);
    helper.setText(body);
    message.setHeader("X-Tsunagu-Dedupe-Key", dedupeKey);
    mail.send(message);
    return false;
  }
}
