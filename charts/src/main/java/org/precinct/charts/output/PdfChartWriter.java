package org.precinct.charts.output;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.BundledFonts;

/**
 * Writes a chart as a one-page vector PDF through pdfbox-graphics2d, embedding subsets of the
 * bundled fonts so every label stays real, selectable text; the page is half the pixel size in
 * points, so a 1920x1080 chart is a 13.33x7.5 inch widescreen slide. Several charts make a deck.
 */
public final class PdfChartWriter {

  private PdfChartWriter() {}

  /** Draws the chart and writes it as PDF to the stream (which stays open). */
  public static void write(JFreeChart chart, RenderSize size, OutputStream out) throws IOException {
    try (PDDocument document = new PDDocument()) {
      addPage(document, fontDrawer(document), chart, size);
      describe(document.getDocumentInformation(), BriefingTheme.headlineOf(chart));
      document.save(out);
    }
  }

  /**
   * Draws the charts as one PDF, a widescreen page each in the given order, with a bookmark per
   * page named after its headline, and writes it to the stream (which stays open): a slide deck.
   */
  public static void writeDeck(List<JFreeChart> charts, String title, OutputStream out)
      throws IOException {
    if (charts.isEmpty()) {
      throw new IllegalArgumentException("a slide deck needs at least one chart");
    }
    try (PDDocument document = new PDDocument()) {
      PdfBoxGraphics2DFontTextDrawer fonts = fontDrawer(document);
      PDDocumentOutline outline = new PDDocumentOutline();
      document.getDocumentCatalog().setDocumentOutline(outline);
      for (JFreeChart chart : charts) {
        PDPage page = addPage(document, fonts, chart, RenderSize.SLIDE);
        PDOutlineItem bookmark = new PDOutlineItem();
        bookmark.setTitle(BriefingTheme.headlineOf(chart));
        bookmark.setDestination(page);
        outline.addLast(bookmark);
      }
      describe(document.getDocumentInformation(), title);
      document.save(out);
    }
  }

  private static PDPage addPage(
      PDDocument document, PdfBoxGraphics2DFontTextDrawer fonts, JFreeChart chart, RenderSize size)
      throws IOException {
    float pageWidth = size.width() / 2f;
    float pageHeight = size.height() / 2f;
    PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
    document.addPage(page);
    float w = (float) size.layoutWidth();
    float h = (float) size.layoutHeight();
    PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
    g.setFontTextDrawer(fonts);
    chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
    g.dispose();
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.transform(Matrix.getScaleInstance(pageWidth / w, pageHeight / h));
      content.drawForm(g.getXFormObject());
    }
    return page;
  }

  private static PdfBoxGraphics2DFontTextDrawer fontDrawer(PDDocument document) throws IOException {
    PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
    BundledFonts fonts = BundledFonts.get();
    for (Font font : List.of(fonts.regular(12), fonts.bold(12))) {
      try (InputStream in = BundledFonts.open(font)) {
        drawer.registerFont(font.getFontName(), PDType0Font.load(document, in));
      }
    }
    return drawer;
  }

  private static void describe(PDDocumentInformation info, String title) {
    info.setTitle(title);
    info.setCreator("Precinct");
    info.setProducer("Precinct charts (JFreeChart, pdfbox-graphics2d)");
  }
}
