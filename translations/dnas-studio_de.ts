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
    <message>
        <source>Best accuracy so far</source>
        <translation>Bisher beste Genauigkeit</translation>
    </message>
    <message>
        <source>Cannot run the search</source>
        <translation>Die Suche kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>%1 run %2 of %3, budget %4, seed %5</source>
        <translation>%1: Lauf %2 (%3), Budget %4, Seed %5</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Queried cells</source>
        <translation>Abgefragte Zellen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Start a search first: the cell is queried by the running search.</source>
        <translation>Starten Sie zuerst eine Suche: Die Zelle wird von der laufenden Suche abgefragt.</translation>
    </message>
    <message>
        <source>Asked the search to query the explorer&apos;s cell</source>
        <translation>Die Suche wurde gebeten, die Zelle des Latent-Explorers abzufragen</translation>
    </message>
    <message>
        <source>Latent explorer</source>
        <translation>Latent-Explorer</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>The latent dimension to traverse.</source>
        <translation>Die zu durchlaufende latente Dimension.</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Konvergenz</translation>
    </message>
    <message>
        <source>Traversal</source>
        <translation>Traversierung</translation>
    </message>
    <message>
        <source>No benchmark is loaded yet.</source>
        <translation>Es ist noch kein Benchmark geladen.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Run %1 searched %2: open that benchmark first, then resume it.</source>
        <translation>Lauf %1 hat %2 durchsucht: Öffnen Sie zuerst diesen Benchmark und setzen Sie den Lauf dann fort.</translation>
    </message>
    <message>
        <source>Cannot resume the run</source>
        <translation>Der Lauf kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>Iteration %1: the %2 labelled cells encoded by the run&apos;s controller. Grey bands are the automatic promising regions, orange ones yours; drag on the large plot to draw one.</source>
        <translation>Iteration %1: die %2 bewerteten Zellen, kodiert vom Controller des Laufs. Graue Bänder sind die automatischen vielversprechenden Regionen, orangefarbene Ihre eigenen; ziehen Sie im großen Diagramm, um eine zu zeichnen.</translation>
    </message>
    <message>
        <source>Iteration %1 done: %2 queries</source>
        <translation>Iteration %1 abgeschlossen: %2 Abfragen</translation>
    </message>
    <message>
        <source>Regions sent to the search: its next sampling step uses them</source>
        <translation>Regionen an die Suche übergeben: Ihr nächster Sampling-Schritt verwendet sie</translation>
    </message>
    <message>
        <source>Run %1 %2 after %3 queries in %4 s</source>
        <translation>Lauf %1 %2 nach %3 Abfragen in %4 s</translation>
    </message>
    <message>
        <source>; best %1 % (rank %2)</source>
        <translation>; beste %1 % (Rang %2)</translation>
    </message>
    <message>
        <source>A search is running</source>
        <translation>Eine Suche läuft</translation>
    </message>
    <message>
        <source>Stop the running search and quit? It is stored and can be resumed later.</source>
        <translation>Die laufende Suche stoppen und beenden? Sie ist gespeichert und kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <source>&amp;New run database…</source>
        <translation>&amp;Neue Laufdatenbank…</translation>
    </message>
    <message>
        <source>&amp;Open run database…</source>
        <translation>Laufdatenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>&amp;Zuletzt verwendete Datenbanken</translation>
    </message>
    <message>
        <source>Export cells as &amp;CSV…</source>
        <translation>Zellen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;best cell…</source>
        <translation>B&amp;este Zelle exportieren…</translation>
    </message>
    <message>
        <source>Export convergence &amp;plot…</source>
        <translation>&amp;Konvergenzdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;factor plots…</source>
        <translation>F&amp;aktordiagramme exportieren…</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Images (*.png *.pdf *.svg)</source>
        <translation>Bilder (*.png *.pdf *.svg)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Reset dock &amp;sizes</source>
        <translation>Dock-&amp;Größen zurücksetzen</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when DNAS Studio starts again.</source>
        <translation>Die Sprache wird beim nächsten Start von DNAS Studio geändert.</translation>
    </message>
    <message>
        <source>Export cells</source>
        <translation>Zellen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export cell</source>
        <translation>Zelle exportieren</translation>
    </message>
    <message>
        <source>Cell (*.json *.txt)</source>
        <translation>Zelle (*.json *.txt)</translation>
    </message>
    <message>
        <source>%1 random cells of the table encoded by the pretrained controller. Drag on the large plot to draw a promising region for the next search.</source>
        <translation>%1 zufällige Zellen der Tabelle, kodiert vom vortrainierten Controller. Ziehen Sie im großen Diagramm, um eine vielversprechende Region für die nächste Suche zu zeichnen.</translation>
    </message>
    <message>
        <source>The latent explorer is unavailable: %1</source>
        <translation>Der Latent-Explorer ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Stop the running search before switching benchmarks.</source>
        <translation>Stoppen Sie die laufende Suche, bevor Sie den Benchmark wechseln.</translation>
    </message>
    <message>
        <source>Cannot open run database</source>
        <translation>Laufdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Searches are stored in %1</source>
        <translation>Suchen werden in %1 gespeichert</translation>
    </message>
    <message>
        <source>Stop the running search before switching databases.</source>
        <translation>Stoppen Sie die laufende Suche, bevor Sie die Datenbank wechseln.</translation>
    </message>
    <message>
        <source>Open run database</source>
        <translation>Laufdatenbank öffnen</translation>
    </message>
    <message>
        <source>Run databases (*.sqlite);;All files (*)</source>
        <translation>Laufdatenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New run database</source>
        <translation>Neue Laufdatenbank</translation>
    </message>
    <message>
        <source>Run databases (*.sqlite)</source>
        <translation>Laufdatenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Stop the running search to look at another run.</source>
        <translation>Stoppen Sie die laufende Suche, um einen anderen Lauf anzusehen.</translation>
    </message>
    <message>
        <source>Run %1 searched %2: open that benchmark to show it.</source>
        <translation>Lauf %1 hat %2 durchsucht: Öffnen Sie diesen Benchmark, um den Lauf anzuzeigen.</translation>
    </message>
    <message>
        <source>Run %1, iteration %2: the %3 labelled cells encoded by the run&apos;s controller.</source>
        <translation>Lauf %1, Iteration %2: die %3 bewerteten Zellen, kodiert vom Controller des Laufs.</translation>
    </message>
    <message>
        <source>Showing run %1 (%2, %3 queries)</source>
        <translation>Lauf %1 wird angezeigt (%2, %3 Abfragen)</translation>
    </message>
    <message>
        <source>Cannot show the run</source>
        <translation>Der Lauf kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>run %1: %2, seed %3</source>
        <translation>Lauf %1: %2, Seed %3</translation>
    </message>
    <message>
        <source>There is no cell to export yet.</source>
        <translation>Es gibt noch keine Zelle zum Exportieren.</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>Die Suche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Save run database as…</source>
        <translation>Laufdatenbank &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Save run database as</source>
        <translation>Laufdatenbank speichern unter</translation>
    </message>
    <message>
        <source>Cannot save the run database</source>
        <translation>Die Laufdatenbank kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Saved a copy of the runs as %1</source>
        <translation>Eine Kopie der Läufe wurde als %1 gespeichert</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>The controller changed: Analyse names its dimensions (done when the run ends).</source>
        <translation>Der Controller hat sich geändert: „Analysieren“ benennt seine Dimensionen (geschieht am Ende des Laufs).</translation>
    </message>
    <message>
        <source>Run controller, ρ over its %1 queried cells</source>
        <translation>Controller des Laufs, ρ über seine %1 abgefragten Zellen</translation>
    </message>
    <message>
        <source>Pretrained controller, ρ over %1 random cells</source>
        <translation>Vortrainierter Controller, ρ über %1 zufällige Zellen</translation>
    </message>
    <message>
        <source>Analysing %1 latent dimensions …</source>
        <translation>%1 latente Dimensionen werden analysiert …</translation>
    </message>
    <message>
        <source>Factor analysis failed: %1</source>
        <translation>Faktoranalyse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1
Everything queried until then is stored in run %2: once the cause is fixed, select it in the Runs dock and press Resume.</source>
        <translation>%1
Alles bis dahin Abgefragte ist in Lauf %2 gespeichert: Sobald die Ursache behoben ist, wählen Sie ihn im Bereich „Läufe“ aus und drücken Sie „Fortsetzen“.</translation>
    </message>
    <message>
        <source>Run %1: damaged controller checkpoint, passed over: %2</source>
        <translation>Lauf %1: beschädigter Controller-Checkpoint, übergangen: %2</translation>
    </message>
</context>
<context>
    <name>dnas::gui::SearchRunner</name>
    <message>
        <source>A search is already running; stop it first.</source>
        <translation>Es läuft bereits eine Suche; stoppen Sie sie zuerst.</translation>
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
    <name>dnas::widgets::CellGraphView</name>
    <message>
        <source>3×3</source>
        <translation>3×3</translation>
    </message>
    <message>
        <source>1×1</source>
        <translation>1×1</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>differs from reference</source>
        <translation>weicht von Referenz ab</translation>
    </message>
    <message>
        <source>3×3 conv</source>
        <translation>3×3 conv</translation>
    </message>
    <message>
        <source>1×1 conv</source>
        <translation>1×1 conv</translation>
    </message>
    <message>
        <source>3×3 max pool</source>
        <translation>3×3 max pool</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>skip</translation>
    </message>
    <message>
        <source>3×3 avg pool</source>
        <translation>3×3 avg pool</translation>
    </message>
    <message>
        <source>Invalid cell</source>
        <translation>Ungültige Zelle</translation>
    </message>
    <message>
        <source>The decoder produced no valid cell.</source>
        <translation>Der Decoder hat keine gültige Zelle erzeugt.</translation>
    </message>
    <message>
        <source>NAS-Bench-101 cell, %1 vertices, %2 edges</source>
        <translation>NAS-Bench-101-Zelle, %1 Knoten, %2 Kanten</translation>
    </message>
    <message>
        <source>Ops: %1.</source>
        <translation>Operationen: %1.</translation>
    </message>
    <message>
        <source>Against the reference: %1 vertices changed, %2 edges added, %3 removed.</source>
        <translation>Gegenüber der Referenz: %1 Knoten geändert, %2 Kanten hinzugefügt, %3 entfernt.</translation>
    </message>
    <message>
        <source>NAS-Bench-201 cell</source>
        <translation>NAS-Bench-201-Zelle</translation>
    </message>
    <message>
        <source>Against the reference: %1 edges changed.</source>
        <translation>Gegenüber der Referenz: %1 Kanten geändert.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Vertex %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
    <message>
        <source>(reference: %1)</source>
        <translation>(Referenz: %1)</translation>
    </message>
    <message>
        <source>(not in the reference)</source>
        <translation>(nicht in der Referenz)</translation>
    </message>
    <message>
        <source>On no input → output path: pruned.</source>
        <translation>Auf keinem Pfad Eingabe → Ausgabe: entfernt.</translation>
    </message>
    <message>
        <source>Node 0 (input)</source>
        <translation>Knoten 0 (Eingabe)</translation>
    </message>
    <message>
        <source>Node 3 (output)</source>
        <translation>Knoten 3 (Ausgabe)</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>Edge %1 → %2: %3</source>
        <translation>Kante %1 → %2: %3</translation>
    </message>
    <message>
        <source>invalid cell</source>
        <translation>ungültige Zelle</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::CellsTableModel</name>
    <message>
        <source>initial</source>
        <translation>anfänglich</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>user region</source>
        <translation>Benutzerregion</translation>
    </message>
    <message>
        <source>FLOPS edge</source>
        <translation>FLOPS-Grenze</translation>
    </message>
    <message>
        <source>whole space</source>
        <translation>ganzer Raum</translation>
    </message>
    <message>
        <source>gradient step</source>
        <translation>Gradientenschritt</translation>
    </message>
    <message>
        <source>mutation</source>
        <translation>Mutation</translation>
    </message>
    <message>
        <source>neighbour</source>
        <translation>Nachbar</translation>
    </message>
    <message>
        <source>asked by you</source>
        <translation>von Ihnen angefragt</translation>
    </message>
    <message>
        <source>Reported accuracy (NB-101: the measured test accuracy; NB-201: test accuracy)</source>
        <translation>Berichtete Genauigkeit (NB-101: die gemessene Testgenauigkeit; NB-201: Testgenauigkeit)</translation>
    </message>
    <message>
        <source>The accuracy the search sees (NB-201: validation accuracy)</source>
        <translation>Die Genauigkeit, die die Suche sieht (NB-201: Validierungsgenauigkeit)</translation>
    </message>
    <message>
        <source>What the controller predicted before the query</source>
        <translation>Was der Controller vor der Abfrage vorhergesagt hat</translation>
    </message>
    <message>
        <source>Which part of the search proposed the cell</source>
        <translation>Welcher Teil der Suche die Zelle vorgeschlagen hat</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Accuracy %</source>
        <translation>Genauigkeit %</translation>
    </message>
    <message>
        <source>Search acc. %</source>
        <translation>Suchgen. %</translation>
    </message>
    <message>
        <source>FLOPS (M)</source>
        <translation>FLOPS (M)</translation>
    </message>
    <message>
        <source>Params (M)</source>
        <translation>Param. (M)</translation>
    </message>
    <message>
        <source>Predicted %</source>
        <translation>Vorhergesagt %</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::ConvergencePlot</name>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Best accuracy so far</source>
        <translation>Bisher beste Genauigkeit</translation>
    </message>
    <message>
        <source>Table optimum %1 %</source>
        <translation>Tabellenoptimum %1 %</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::FactorGrid</name>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>FLOPS</source>
        <translation>FLOPS</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>&amp;Gegen:</translation>
    </message>
    <message>
        <source>MFLOPs</source>
        <translation>MFLOPs</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>No points</source>
        <translation>Keine Punkte</translation>
    </message>
    <message numerus="yes">
        <source>%L1 cells, %n latent dimension(s). Click a plot to show it large.</source>
        <translation>
            <numerusform>%L1 Zellen, %n latente Dimension. Klicken Sie auf ein Diagramm, um es groß anzuzeigen.</numerusform>
            <numerusform>%L1 Zellen, %n latente Dimensionen. Klicken Sie auf ein Diagramm, um es groß anzuzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each plot shows all %L1 cells. A plot&apos;s small cells show the mean accuracy of their points and are more opaque where there are more of them. Click a plot to show it large.</source>
        <translation>Jedes Diagramm zeigt alle %L1 Zellen. Die kleinen Felder eines Diagramms zeigen die mittlere Genauigkeit ihrer Punkte und sind umso deckender, je mehr Punkte sie enthalten. Klicken Sie auf ein Diagramm, um es groß anzuzeigen.</translation>
    </message>
    <message>
        <source>Each plot shows all %L1 cells, coloured by accuracy. Click a plot to show it large.</source>
        <translation>Jedes Diagramm zeigt alle %L1 Zellen, nach Genauigkeit eingefärbt. Klicken Sie auf ein Diagramm, um es groß anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::FactorPlot</name>
    <message>
        <source>%L1 points. Each small cell shows the mean accuracy of its points and is more opaque where there are more of them.</source>
        <translation>%L1 Punkte. Jedes kleine Feld zeigt die mittlere Genauigkeit seiner Punkte und ist umso deckender, je mehr Punkte es enthält.</translation>
    </message>
    <message>
        <source>%L1 points</source>
        <translation>%L1 Punkte</translation>
    </message>
    <message>
        <source>%1 against %2, coloured by accuracy</source>
        <translation>%1 gegen %2, nach Genauigkeit eingefärbt</translation>
    </message>
    <message>
        <source>MFLOPs (log scale)</source>
        <translation>MFLOPs (log. Skala)</translation>
    </message>
    <message>
        <source>FLOPS against %1</source>
        <translation>FLOPS gegen %1</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Accuracy against %1</source>
        <translation>Genauigkeit gegen %1</translation>
    </message>
    <message>
        <source>Mean accuracy (%)</source>
        <translation>Mittlere Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Cells from user regions</source>
        <translation>Zellen aus Benutzerregionen</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::FactorsPane</name>
    <message>
        <source>Drag to draw a promising region; drag its inside to move it, its edges to resize it; right-click removes it. Wheel zooms.</source>
        <translation>Ziehen, um eine vielversprechende Region zu zeichnen; ihr Inneres ziehen, um sie zu verschieben, ihre Ränder, um ihre Größe zu ändern; Rechtsklick entfernt sie. Das Mausrad zoomt.</translation>
    </message>
    <message>
        <source>The latent dimension shown large (or click its plot in the grid).</source>
        <translation>Die groß angezeigte latente Dimension (oder klicken Sie ihr Diagramm im Raster an).</translation>
    </message>
    <message>
        <source>against</source>
        <translation>gegen</translation>
    </message>
    <message>
        <source>Show zᵢ against zⱼ coloured by accuracy; drag there to draw a box.</source>
        <translation>zᵢ gegen zⱼ nach Genauigkeit eingefärbt anzeigen; dort ziehen, um einen Kasten zu zeichnen.</translation>
    </message>
    <message>
        <source>Large plot:</source>
        <translation>Großes Diagramm:</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::FactorsPanel</name>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <source>Traverse every latent dimension of the current controller around encoded cells and name what it changes.</source>
        <translation>Jede latente Dimension des aktuellen Controllers um kodierte Zellen herum durchlaufen und benennen, was sie verändert.</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Noch nicht analysiert.</translation>
    </message>
    <message>
        <source>%1: disentanglement score %2 over %3 active dimensions; mutual-information gap %4.</source>
        <translation>%1: Entflechtungswert %2 über %3 aktive Dimensionen; Mutual-Information-Gap %4.</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::FactorsTableModel</name>
    <message>
        <source>%1: %2 changed decodes</source>
        <translation>%1: %2 veränderte Dekodierungen</translation>
    </message>
    <message>
        <source>No traversal step changed the decoded cell.</source>
        <translation>Kein Traversierungsschritt hat die dekodierte Zelle verändert.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Share of the dimension&apos;s changed decodes whose only change is its label.</source>
        <translation>Anteil der veränderten Dekodierungen der Dimension, deren einzige Änderung ihre Bezeichnung ist.</translation>
    </message>
    <message>
        <source>Share of traversal steps (±0.1 … ±0.4) that changed the decoded cell.</source>
        <translation>Anteil der Traversierungsschritte (±0.1 … ±0.4), die die dekodierte Zelle verändert haben.</translation>
    </message>
    <message>
        <source>Spearman correlation of the dimension&apos;s μ with accuracy.</source>
        <translation>Spearman-Korrelation des μ der Dimension mit der Genauigkeit.</translation>
    </message>
    <message>
        <source>Spearman correlation of the dimension&apos;s μ with FLOPS.</source>
        <translation>Spearman-Korrelation des μ der Dimension mit den FLOPS.</translation>
    </message>
    <message>
        <source>Dim</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Steuert</translation>
    </message>
    <message>
        <source>Purity</source>
        <translation>Reinheit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>ρ acc.</source>
        <translation>ρ Gen.</translation>
    </message>
    <message>
        <source>ρ FLOPS</source>
        <translation>ρ FLOPS</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::LatentExplorer</name>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Move every slider back to the code of the cell you started from.</source>
        <translation>Alle Schieberegler auf den Code der Ausgangszelle zurücksetzen.</translation>
    </message>
    <message>
        <source>&amp;Query this cell</source>
        <translation>Diese Zelle &amp;abfragen</translation>
    </message>
    <message>
        <source>Add the decoded cell to the running search&apos;s queries.</source>
        <translation>Die dekodierte Zelle zu den Abfragen der laufenden Suche hinzufügen.</translation>
    </message>
    <message>
        <source>Latent dimension %1</source>
        <translation>Latente Dimension %1</translation>
    </message>
    <message>
        <source>z%1 from %2 to %3 (the encoded cells&apos; mean ± 3 standard deviations)</source>
        <translation>z%1 von %2 bis %3 (Mittelwert der kodierten Zellen ± 3 Standardabweichungen)</translation>
    </message>
    <message>
        <source>No controller yet: load a benchmark to explore its latent space.</source>
        <translation>Noch kein Controller: Laden Sie einen Benchmark, um seinen latenten Raum zu erkunden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invalid decode&lt;/b&gt;: this point of the latent space gives no valid cell.</source>
        <translation>&lt;b&gt;Ungültige Dekodierung&lt;/b&gt;: Dieser Punkt des latenten Raums ergibt keine gültige Zelle.</translation>
    </message>
    <message>
        <source>Decodes to the starting cell.</source>
        <translation>Ergibt dekodiert die Ausgangszelle.</translation>
    </message>
    <message>
        <source>Decoded cell; changes against the starting cell are highlighted.</source>
        <translation>Dekodierte Zelle; Änderungen gegenüber der Ausgangszelle sind hervorgehoben.</translation>
    </message>
    <message>
        <source>Predicted accuracy %1 %, FLOPS %2 M</source>
        <translation>Vorhergesagte Genauigkeit %1 %, FLOPS %2 M</translation>
    </message>
    <message>
        <source> · measured %1 %</source>
        <translation> · gemessen %1 %</translation>
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
    <name>dnas::widgets::RegionsModel</name>
    <message>
        <source>Drawn by you: the search samples cells from it; edit its weight or delete it.</source>
        <translation>Von Ihnen gezeichnet: Die Suche zieht Zellen daraus; Sie können ihr Gewicht bearbeiten oder sie löschen.</translation>
    </message>
    <message>
        <source>Automatic (Eqn 4): the union of [z − σ, z + σ] over the top-k cells; recomputed by every iteration.</source>
        <translation>Automatisch (Eqn 4): die Vereinigung von [z − σ, z + σ] über die Top-k-Zellen; wird in jeder Iteration neu berechnet.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::RegionsPanel</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the selected user regions (Delete).</source>
        <translation>Die ausgewählten Benutzerregionen entfernen (Entf).</translation>
    </message>
    <message>
        <source>Clear &amp;user regions</source>
        <translation>Alle &amp;Benutzerregionen entfernen</translation>
    </message>
    <message>
        <source>Remove every region you drew; automatic ones stay.</source>
        <translation>Alle von Ihnen gezeichneten Regionen entfernen; automatische bleiben erhalten.</translation>
    </message>
    <message>
        <source>No regions yet: drag on a factor plot to draw one.</source>
        <translation>Noch keine Regionen: Ziehen Sie in einem Faktordiagramm, um eine zu zeichnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n user region(s)</source>
        <translation>
            <numerusform>%n Benutzerregion</numerusform>
            <numerusform>%n Benutzerregionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic</source>
        <translation>
            <numerusform>%n automatische</numerusform>
            <numerusform>%n automatische</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnas::widgets::RunPanel</name>
    <message>
        <source>DNAS</source>
        <translation>DNAS</translation>
    </message>
    <message>
        <source>SemiNAS-style (β = 0, no dense sampling)</source>
        <translation>SemiNAS-artig (β = 0, kein dichtes Sampling)</translation>
    </message>
    <message>
        <source>Regularized evolution</source>
        <translation>Regularisierte Evolution</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>Zufallssuche</translation>
    </message>
    <message>
        <source>Local search</source>
        <translation>Lokale Suche</translation>
    </message>
    <message>
        <source>The search method; the baselines run in the same engine with the same query accounting.</source>
        <translation>Das Suchverfahren; die Baselines laufen in derselben Engine mit derselben Abfragezählung.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>Queries: distinct cells evaluated on the table.</source>
        <translation>Abfragen: verschiedene Zellen, die in der Tabelle ausgewertet werden.</translation>
    </message>
    <message>
        <source>The same seed, settings and table give the same queries.</source>
        <translation>Gleicher Seed, gleiche Einstellungen und gleiche Tabelle ergeben dieselben Abfragen.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>&amp;FLOPS limit (M):</source>
        <translation>&amp;FLOPS-Limit (M):</translation>
    </message>
    <message>
        <source>The best cell must stay within this many million FLOPS; 0: no limit.</source>
        <translation>Die beste Zelle darf höchstens so viele Millionen FLOPS haben; 0: kein Limit.</translation>
    </message>
    <message>
        <source>&amp;Initial cells:</source>
        <translation>&amp;Anfangszellen:</translation>
    </message>
    <message>
        <source>Random labelled cells before the first DNAS iteration.</source>
        <translation>Zufällige bewertete Zellen vor der ersten DNAS-Iteration.</translation>
    </message>
    <message>
        <source>I&amp;terations:</source>
        <translation>I&amp;terationen:</translation>
    </message>
    <message>
        <source>L: the rest of the budget is spread over this many iterations.</source>
        <translation>L: Das restliche Budget wird auf so viele Iterationen verteilt.</translation>
    </message>
    <message>
        <source>Weight of the accuracy loss (Eqn 5).</source>
        <translation>Gewicht des Genauigkeitsverlusts (Eqn 5).</translation>
    </message>
    <message>
        <source>Weight of the FLOPS loss (Eqn 5).</source>
        <translation>Gewicht des FLOPS-Verlusts (Eqn 5).</translation>
    </message>
    <message>
        <source>Weight of the reconstruction loss (Eqn 5).</source>
        <translation>Gewicht des Rekonstruktionsverlusts (Eqn 5).</translation>
    </message>
    <message>
        <source>Weight of the KL term: larger disentangles more, 0 is the entangled control.</source>
        <translation>Gewicht des KL-Terms: Größere Werte entflechten stärker, 0 ist die nicht entflochtene Kontrollbedingung.</translation>
    </message>
    <message>
        <source>Promising regions come from the top-k cells (Eqn 4).</source>
        <translation>Vielversprechende Regionen ergeben sich aus den Top-k-Zellen (Eqn 4).</translation>
    </message>
    <message>
        <source>Half-width of each promising interval (Eqn 4).</source>
        <translation>Halbe Breite jedes vielversprechenden Intervalls (Eqn 4).</translation>
    </message>
    <message>
        <source>Share of the pool sampled in promising regions.</source>
        <translation>Anteil des Pools, der in vielversprechenden Regionen gezogen wird.</translation>
    </message>
    <message>
        <source>Share of the pool sampled at the FLOPS edge (with a limit only).</source>
        <translation>Anteil des Pools, der an der FLOPS-Grenze gezogen wird (nur mit Limit).</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>P&amp;ool:</translation>
    </message>
    <message>
        <source>Unlabelled cells sampled and ranked per iteration.</source>
        <translation>Unbewertete Zellen, die je Iteration gezogen und eingestuft werden.</translation>
    </message>
    <message>
        <source>Seeds of the gradient step in z (Eqn 7).</source>
        <translation>Startpunkte des Gradientenschritts in z (Eqn 7).</translation>
    </message>
    <message>
        <source>Step along the accuracy gradient (Eqn 7).</source>
        <translation>Schritt entlang des Genauigkeitsgradienten (Eqn 7).</translation>
    </message>
    <message>
        <source>Step against the FLOPS gradient (Eqn 7).</source>
        <translation>Schritt entgegen dem FLOPS-Gradienten (Eqn 7).</translation>
    </message>
    <message>
        <source>Dense sampling</source>
        <translation>Dichtes Sampling</translation>
    </message>
    <message>
        <source>Sample in promising regions and at the FLOPS edge (the ablation switch).</source>
        <translation>In vielversprechenden Regionen und an der FLOPS-Grenze ziehen (der Ablationsschalter).</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start a search with these settings (Ctrl+R).</source>
        <translation>Eine Suche mit diesen Einstellungen starten (Strg+R).</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the search (Ctrl+.); it can be resumed from its last step.</source>
        <translation>Die Suche stoppen (Strg+.); sie kann ab ihrem letzten Schritt fortgesetzt werden.</translation>
    </message>
    <message>
        <source>%v / %m queries</source>
        <translation>%v / %m Abfragen</translation>
    </message>
    <message>
        <source>The seed must be a non-negative integer.</source>
        <translation>Der Seed muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the search (Ctrl+P).</source>
        <translation>Die Suche fortsetzen (Strg+P).</translation>
    </message>
    <message>
        <source>Pause the search (Ctrl+P).</source>
        <translation>Die Suche pausieren (Strg+P).</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>Iteration %1, %2%3</source>
        <translation>Iteration %1, %2%3</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::RunsPanel</name>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Load the selected run&apos;s cells, curve, latent codes and controller (or double-click it).</source>
        <translation>Zellen, Kurve, latente Codes und Controller des ausgewählten Laufs laden (oder doppelklicken Sie ihn).</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the selected unfinished run from its last stored step.</source>
        <translation>Den ausgewählten unvollendeten Lauf ab seinem zuletzt gespeicherten Schritt fortsetzen.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the database again.</source>
        <translation>Die Datenbank erneut einlesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n Lauf in %1</numerusform>
            <numerusform>%n Läufe in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnas::widgets::RunsTableModel</name>
    <message>
        <source>Tick to overlay this run on the convergence plot.</source>
        <translation>Ankreuzen, um diesen Lauf im Konvergenzdiagramm einzublenden.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::SearchText</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>sampling</source>
        <translation>Stichprobenziehung</translation>
    </message>
    <message>
        <source>querying</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::TraversalStrip</name>
    <message>
        <source>Latent traversal</source>
        <translation>Latente Traversierung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DNAS Studio: interpretable neural architecture search.</source>
        <translation>DNAS Studio: interpretierbare Suche nach neuronalen Architekturen.</translation>
    </message>
    <message>
        <source>Unknown benchmark &apos;%1&apos;; use one of: %2.</source>
        <translation>Unbekannter Benchmark „%1“; möglich sind: %2.</translation>
    </message>
    <message>
        <source>Run a short DNAS search on the benchmark at once (stored in a temporary database).</source>
        <translation>Sofort eine kurze DNAS-Suche auf dem Benchmark ausführen (in einer temporären Datenbank gespeichert).</translation>
    </message>
    <message>
        <source>With --demo: when the search has ended and its best cell is selected, save the window to FILE and quit.</source>
        <translation>Mit --demo: Wenn die Suche beendet und ihre beste Zelle ausgewählt ist, das Fenster in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>With --demo: save the window to FILE when the search has spent half its budget.</source>
        <translation>Mit --demo: Das Fenster in FILE speichern, sobald die Suche die Hälfte ihres Budgets verbraucht hat.</translation>
    </message>
    <message>
        <source>Benchmark to open: %1 (default: the last one, at first nb101).</source>
        <translation>Zu öffnender Benchmark: %1 (Standard: der zuletzt geöffnete, beim ersten Start nb101).</translation>
    </message>
</context>
</TS>
