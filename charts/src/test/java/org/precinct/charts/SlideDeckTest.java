package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.charts.theme.BriefingTheme;

final class SlideDeckTest {

  @Test
  void everyChartIsOneWidescreenPageInOrderWithItsHeadlineAsTextAndBookmark(@TempDir Path dir)
      throws Exception {
    List<NamedChart> charts = AllCharts.samples();

    Path file = ChartRenderer.renderDeck(charts, dir.resolve("deck/slides.pdf"), "A briefing");

    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(charts.size());
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("A briefing");
      PDOutlineItem bookmark = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
      for (int i = 0; i < charts.size(); i++) {
        PDPage page = pdf.getPage(i);
        assertThat(page.getMediaBox().getWidth() / page.getMediaBox().getHeight())
            .isCloseTo(16f / 9f, org.assertj.core.data.Offset.offset(1e-4f));
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(i + 1);
        text.setEndPage(i + 1);
        String headline = BriefingTheme.headlineOf(charts.get(i).chart());
        assertThat(text.getText(pdf).replaceAll("\\s+", " ")).contains(headline);
        assertThat(bookmark.getTitle()).isEqualTo(headline);
        bookmark = bookmark.getNextSibling();
      }
      assertThat(bookmark).isNull();
    }
  }
}
