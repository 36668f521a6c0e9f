<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>dnas::gui::BenchmarkLoader</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>dnas::gui::MainWindow</name>
    <message>
        <source>DNAS Studio</source>
        <translation>DNAS Studio</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DNAS Studio</source>
        <translation>Ü&amp;ber DNAS Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>&amp;Benchmark:</source>
        <translation>&amp;Benchmark:</translation>
    </message>
    <message>
        <source>DNAS Studio — %1</source>
        <translation>DNAS Studio — %1</translation>
    </message>
    <message>
        <source>%1: %2 cells loaded in %3 ms</source>
        <translation>%1: %2 Zellen in %3 ms geladen</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot load benchmark</source>
        <translation>Benchmark kann nicht geladen werden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DNAS Studio %1&lt;/h3&gt;&lt;p&gt;Interpretable neural architecture search: search, explore and explain cells of NAS-Bench-101 and NAS-Bench-201.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DNAS Studio %1&lt;/h3&gt;&lt;p&gt;Interpretierbare Suche nach neuronalen Architekturen: Zellen von NAS-Bench-101 und NAS-Bench-201 suchen, erkunden und erklären.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;About the table of %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Über die Tabelle von %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>About DNAS Studio</source>
        <translation>Über DNAS Studio</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::AccuracyFlopsDensityPlot</name>
    <message>
        <source>Cells by FLOPS and accuracy</source>
        <translation>Zellen nach FLOPS und Genauigkeit</translation>
    </message>
    <message>
        <source>MFLOPs (multiply-adds, log scale)</source>
        <translation>MFLOPs (Multiplikation-Additionen, log. Skala)</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Cells per bin</source>
        <translation>Zellen je Klasse</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::AccuracyHistogramPlot</name>
    <message>
        <source>Cells by accuracy</source>
        <translation>Zellen nach Genauigkeit</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Cells per bin</source>
        <translation>Zellen je Klasse</translation>
    </message>
    <message>
        <source>Cells per bin (%1 points wide)</source>
        <translation>Zellen je Klasse (%1 Punkte breit)</translation>
    </message>
    <message>
        <source>%1 cells below %2 % not shown</source>
        <translation>%1 Zellen unter %2 % nicht dargestellt</translation>
    </message>
    <message>
        <source>%1 cells above %2 % not shown</source>
        <translation>%1 Zellen über %2 % nicht dargestellt</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::BenchmarkSummaryView</name>
    <message>
        <source>Mean test accuracy</source>
        <translation>Mittlere Testgenauigkeit</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>Search: the 108-epoch validation accuracy of one of the three training runs, drawn at random. Reported: the mean test accuracy of the three runs.</source>
        <translation>Suche: die Validierungsgenauigkeit nach 108 Epochen eines zufällig gewählten der drei Trainingsläufe. Berichtet: die mittlere Testgenauigkeit der drei Läufe.</translation>
    </message>
    <message>
        <source>One measured 108-epoch CIFAR-10 test accuracy per cell, used as both the search and the reported metric (not the mean of the three official runs).</source>
        <translation>Eine gemessene CIFAR-10-Testgenauigkeit nach 108 Epochen je Zelle, zugleich Such- und berichtete Metrik (nicht der Mittelwert der drei offiziellen Läufe).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Benchmark:</source>
        <translation>Benchmark:</translation>
    </message>
    <message>
        <source>Cells:</source>
        <translation>Zellen:</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Metriken:</translation>
    </message>
    <message>
        <source>Best search accuracy:</source>
        <translation>Beste Suchgenauigkeit:</translation>
    </message>
    <message>
        <source>Median search accuracy:</source>
        <translation>Suchgenauigkeit (Median):</translation>
    </message>
    <message>
        <source>Best reported accuracy:</source>
        <translation>Beste berichtete Genauigkeit:</translation>
    </message>
    <message>
        <source>Median reported accuracy:</source>
        <translation>Berichtete Genauigkeit (Median):</translation>
    </message>
    <message>
        <source>FLOPS:</source>
        <translation>FLOPS:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 – %2 MFLOPs</source>
        <translation>%1 – %2 MFLOPs</translation>
    </message>
    <message>
        <source>%1 – %2 million</source>
        <translation>%1 – %2 Mio.</translation>
    </message>
    <message>
        <source>No benchmark loaded.</source>
        <translation>Kein Benchmark geladen.</translation>
    </message>
    <message>
        <source>Search: 200-epoch validation accuracy. Reported: 200-epoch test accuracy, the mean over the training seeds.</source>
        <translation>Suche: Validierungsgenauigkeit nach 200 Epochen. Berichtet: Testgenauigkeit nach 200 Epochen, gemittelt über die Trainings-Seeds.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::ProvenanceText</name>
    <message>
        <source>This table carries no provenance notes.</source>
        <translation>Diese Tabelle enthält keine Herkunftsangaben.</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Metriken:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Packed from:</source>
        <translation>Gepackt aus:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DNAS Studio: interpretable neural architecture search.</source>
        <translation>DNAS Studio: interpretierbare Suche nach neuronalen Architekturen.</translation>
    </message>
    <message>
        <source>Benchmark to open: %1 (default nb101).</source>
        <translation>Zu öffnender Benchmark: %1 (Vorgabe nb101).</translation>
    </message>
    <message>
        <source>Unknown benchmark &apos;%1&apos;; use one of: %2.</source>
        <translation>Unbekannter Benchmark „%1“; möglich sind: %2.</translation>
    </message>
</context>
</TS>
