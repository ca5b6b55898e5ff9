package org.tsunagu.platform.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a print template to an A4 PDF with openhtmltopdf (on PDFBox, ADR 0012): the same
 * Thymeleaf template the browser prints, with the print stylesheet inlined and Noto Sans JP
 * embedded as a subset. The template sees {@code pdf = true} and must be well-formed XHTML without
 * context-relative links ({@code @{/...}}) outside {@code th:unless="${pdf}"}.
 */
@Component
public class HtmlPdf {

  static final String FAMILY = "Noto Sans JP";
  private static final String REGULAR = "/data/fonts/NotoSansJP_400Regular.ttf";
  private static final String BOLD = "/data/fonts/NotoSansJP_700Bold.ttf";
  private static final String PRINT_CSS = "/static/css/print.css";

  private final ITemplateEngine templates;
  private final ApplicationContext context;
  private final String printCss;

  HtmlPdf(ITemplateEngine templates, ApplicationContext context) {
    this.templates = templates;
    this.context = context;
    this.printCss = resource(PRINT_CSS);
  }

  /** The PDF of the template filled with the model, in the reader's language. */
  public byte[] render(String template, Map<String, Object> model, Locale locale) {
    Context ctx = new Context(locale);
    ctx.setVariables(model);
    ctx.setVariable("pdf", true);
    ctx.setVariable("printCss", printCss);
    ctx.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(context, null));
    String html = templates.process(template, ctx);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
      builder.useFont(
          () -> stream(REGULAR), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(() -> stream(BOLD), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PDF, shown in the browser and saved under a name in the reader's language. */
  public static ResponseEntity<byte[]> response(byte[] pdf, String filename, String asciiName) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "inline" + Downloads.attachment(filename, asciiName).substring("attachment".length()))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }

  private static InputStream stream(String name) {
    InputStream in = HtmlPdf.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing from the classpath: " + name);
    }
    return in;
  }

  private static String resource(String name) {
    try (InputStream in = stream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
