package org.precinct.cli.play;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays out report.html as report.pdf (A4, the print rules of the same page), so the file handed
 * round after the exercise says exactly what the HTML says; the charts' fonts are embedded, and the
 * PDF's identifier comes from the page's text, so the same exercise writes the same bytes.
 */
final class AfterActionPdf {
  /** The PDF report's file name. */
  static final String FILE = "report.pdf";

  private static final String FONTS = "/org/precinct/charts/theme/fonts/";

  private AfterActionPdf() {}

  /** Writes {@code folder}/report.pdf from {@code folder}/report.html and its charts. */
  static void write(Path folder) {
    XRLog.setLoggingEnabled(false);
    try {
      String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
      try (OutputStream out = Files.newOutputStream(folder.resolve(FILE));
          PDDocument pdf = new PDDocument()) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePDDocument(pdf);
        builder.withProducer("Precinct");
        builder.withHtmlContent(html, folder.toUri().toString());
        builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
        builder.useFont(
            () -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
          renderer.layout();
          renderer.createPDFWithoutClosing();
        }
        // No creation date, and an identifier from the page: the same exercise, the same bytes.
        pdf.getDocumentInformation().setCreationDate(null);
        pdf.setDocumentId((long) html.hashCode());
        pdf.save(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream font(String name) {
    return AfterActionPdf.class.getResourceAsStream(FONTS + name);
  }
}
